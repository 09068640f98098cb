# open() in text modes: w, a, x, r, r+, w+, a+ and what each allows.
import os
import io

base = "/tmp/pyproc-test-%d-text_modes" % os.getpid()
p = base + ".txt"

f = open(p, "w")
print(type(f).__name__, f.mode, f.readable(), f.writable(), f.seekable())
print(f.write("one\n"), f.write("two é\n"), f.write(""))
f.close()
print(f.closed)

with open(p, "a") as f:
    print(f.mode, f.tell())
    f.write("three\n")
with open(p) as f:
    print(repr(f.read()))

with open(p, "r+") as f:
    print(repr(f.readline()))
    f.seek(0)
    f.write("ONE")
    f.seek(0)
    print(repr(f.read()))

with open(p, "w+") as f:
    f.write("fresh\n")
    print(repr(f.read()))
    f.seek(0)
    print(repr(f.read()))

with open(p, "a+") as f:
    print(repr(f.read()))
    f.seek(0)
    print(repr(f.read()))
    f.write("more\n")
    f.seek(0)
    print(repr(f.read()))

try:
    open(p, "x")
except FileExistsError as e:
    print("FileExistsError:", e.errno, e.strerror, e.filename == p)
os.remove(p)
with open(p, "x") as f:
    print(f.mode, f.writable(), f.readable())
    f.write("created")
with open(p, "rt") as f:
    print(f.mode, f.read())

with open(p, "r") as f:
    for op in (lambda: f.write("x"), f.truncate):
        try:
            op()
        except io.UnsupportedOperation as e:
            print("UnsupportedOperation:", e)
with open(p, "w") as f:
    for op in (f.read, f.readline, f.readlines, lambda: next(f)):
        try:
            op()
        except io.UnsupportedOperation as e:
            print("UnsupportedOperation:", e, isinstance(e, OSError), isinstance(e, ValueError))
os.remove(p)
try:
    open(p)
except FileNotFoundError:
    print("removed")
