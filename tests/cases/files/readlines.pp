# readline(limit), readlines(hint), iteration, and line endings.
import os

p = "/tmp/pyproc-test-%d-readlines.txt" % os.getpid()
with open(p, "w") as f:
    f.write("alpha\nbeta\n\ngamma delta\nno newline at end")

with open(p) as f:
    print(repr(f.readline(3)), repr(f.readline(3)), repr(f.readline(100)))
    print(repr(f.readline(0)), repr(f.readline(-1)))
    print(f.readlines())
    print(repr(f.readline()), f.readlines())

with open(p) as f:
    print(f.readlines(7))
    print(f.readlines(1))
    print(list(f))

with open(p) as f:
    for i, line in enumerate(f):
        print(i, repr(line))

with open(p) as f:
    it = iter(f)
    print(it is f, repr(next(f)), repr(f.readline()))

big = "".join("line %d %s\n" % (i, "x" * (i % 50)) for i in range(2000))
with open(p, "w") as f:
    f.write(big)
with open(p) as f:
    lines = f.readlines()
print(len(lines), lines[1999], "".join(lines) == big)
with open(p) as f:
    n = 0
    for line in f:
        n += len(line)
    print(n == len(big))
with open(p, "rb") as f:
    print(len(f.readlines()), f.tell() == len(big))
os.remove(p)
