# open() in binary modes: BufferedReader/Writer/Random and unbuffered FileIO.
import os
import io

p = "/tmp/pyproc-test-%d-binary_modes.bin" % os.getpid()

with open(p, "wb") as f:
    print(type(f).__name__, f.mode, f.write(b"abc\x00\xff\n"), f.write(bytearray(b"line2\n")))
    f.writelines([b"x", b"y\n"])
    try:
        f.write("text")
    except TypeError as e:
        print("TypeError:", e)
    try:
        f.read()
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e)

with open(p, "rb") as f:
    print(type(f).__name__, f.mode)
    print(f.read(2), f.read(0), f.tell())
    print(f.readline())
    print(f.readline(3), f.readline())
    print(f.read(), f.read())
    try:
        f.write(b"x")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e)

with open(p, "ab") as f:
    print(type(f).__name__, f.mode, f.tell())
    f.write(b"end\n")

with open(p, "r+b") as f:
    print(type(f).__name__, f.mode)
    print(f.read(3))
    f.write(b"XYZ")
    print(f.tell(), f.read(5))
    f.seek(0)
    print(f.read())

with open(p, "w+b") as f:
    print(f.mode, f.read())
    f.write(b"0123456789")
    f.seek(-4, 2)
    print(f.read(2), f.tell())
    f.seek(-3, 1)
    print(f.read())
    print(f.truncate(4), f.tell())
    f.seek(0)
    print(f.read())

f = open(p, "rb", buffering=0)
print(type(f).__name__, f.mode, f.read(2), f.readall(), f.read())
f.close()
f = open(p, "wb", buffering=0)
print(type(f).__name__, f.mode, f.write(b"raw"))
try:
    f.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
f.close()
with open(p, "rb", buffering=0) as f:
    try:
        f.write(b"x")
    except io.UnsupportedOperation as e:
        print("UnsupportedOperation:", e)
    print(f.read())

with open(p, "rb") as f:
    for line in f:
        print(line)
os.remove(p)
