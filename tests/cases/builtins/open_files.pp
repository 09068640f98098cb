# open() for text files: write, append, read, readline(s), iteration, with, seek/tell.
import os
import sys
path = "/tmp/pyproc_open_test_%d.txt" % os.getpid()
with open(path, "w") as f:
    print(type(f).__name__, f.closed, f.mode, f.writable(), f.readable())
    n = f.write("first line\n")
    f.write("second line\nthird")
    print("write returned", n)
print(f.closed)
with open(path, "a", encoding="utf-8") as f:
    f.write(" + appended\n")
    print("4th line é中", file=f)
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    print(repr(f.readline()), repr(f.readline()))
    print(f.readlines())
    print(repr(f.readline()), repr(f.read()))
with open(path) as f:
    for lineno, line in enumerate(f, 1):
        print(lineno, line.rstrip("\n"))
f = open(path, "r")
print(f.read(5), f.tell())
f.seek(0)
print(repr(f.read(3)))
f.close()
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
with open(path, "w") as f:
    f.writelines(["a\n", "b\n"])
print(open(path).read().split())
os.remove(path)
try:
    open(path)
except FileNotFoundError as e:
    print("FileNotFoundError:", e.strerror)
sys.stdout.flush()
