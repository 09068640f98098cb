# seek/tell in text and binary files, with multi-byte characters.
import os
import io

p = "/tmp/pyproc-test-%d-seek_tell.txt" % os.getpid()
with open(p, "w", encoding="utf-8") as f:
    print(f.tell())
    f.write("aé中\n")
    print(f.tell())
    f.write("line two\nlast")
    print(f.tell())

with open(p, encoding="utf-8") as f:
    print(repr(f.read(2)), f.tell())
    print(repr(f.read(1)), f.tell())
    pos = f.tell()
    print(repr(f.readline()), f.tell())
    f.seek(pos)
    print(repr(f.read(1)))
    print(f.seek(0, 2), repr(f.read()))
    print(f.seek(0), repr(f.readline()))
    print(f.seek(0, 1) == f.tell())
    for args in [(1, 1), (-1, 2), (-1,), (0, 3)]:
        try:
            f.seek(*args)
        except (io.UnsupportedOperation, ValueError) as e:
            print(type(e).__name__, e)

with open(p, "rb") as f:
    print(f.seek(3), f.read(3), f.tell())
    print(f.seek(-4, 2), f.read())
    print(f.seek(2, 1), f.seek(0, 1))
    try:
        f.seek(-100)
    except OSError as e:
        print("OSError:", e)
    try:
        f.seek(0, 7)
    except ValueError as e:
        print("ValueError:", e)

with open(p) as f:
    for line in f:
        try:
            f.tell()
        except OSError as e:
            print("OSError:", e)
            break
with open(p) as f:
    for line in f:
        pass
    print(f.tell())
os.remove(p)
