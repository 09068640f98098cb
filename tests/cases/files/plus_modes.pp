# Mixing reads, writes and seeks on '+' files keeps the buffers coherent
# (text reads go a chunk ahead, as in CPython).
import os

p = "/tmp/pyproc-test-%d-plus_modes.txt" % os.getpid()
with open(p, "w") as f:
    f.write("hello\nworld\n" * 3)

f = open(p, "r+")
print(repr(f.read(2)), f.tell())
f.write("X")
print(f.tell())
f.seek(0)
print(repr(f.read()))
f.seek(3)
f.write("--")
print(f.tell(), repr(f.readline()))
f.seek(0)
print(repr(f.readline()))
f.close()

with open(p, "r+b") as f:
    print(f.read(4))
    f.write(b"[]")
    print(f.read(3), f.tell())
    f.seek(-2, 2)
    f.write(b"!!")
    f.seek(0)
    print(f.read())

with open(p, "w+b", buffering=16) as f:
    f.write(b"a" * 10)
    f.write(b"b" * 10)
    print(f.tell())
    f.seek(5)
    print(f.read(10))
    f.write(b"C" * 20)
    f.seek(0)
    print(f.read())

with open(p, "a+") as f:
    f.write("tail\n")
    f.seek(0)
    print(repr(f.readline()))
    f.write("appended\n")
    f.seek(0)
    print(f.read().splitlines()[-2:])
os.remove(p)
