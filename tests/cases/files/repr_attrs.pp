# repr, name, mode, encoding, closefd and opening a descriptor.
import os

p = "/tmp/pyproc-test-%d-repr.txt" % os.getpid()
for mode, kw in [("w", {}), ("r", {}), ("a", dict(encoding="latin-1")), ("r+", dict(encoding="utf8")),
                 ("rb", {}), ("wb", {}), ("r+b", {}), ("ab", {}), ("w+b", {}),
                 ("rb", dict(buffering=0)), ("r+b", dict(buffering=0)), ("ab", dict(buffering=0))]:
    f = open(p, mode, **kw)
    print(repr(f).replace(p, "P"), f.name == p, f.mode)
    f.close()
f = open(p, "rb", buffering=0)
f.close()
print(repr(f))
f = open(p)
f.close()
print(repr(f).replace(p, "P"), f.name == p, f.mode, f.encoding)

fd = os.open(p, os.O_RDWR)
f = open(fd, "w", closefd=False)
print(repr(f), f.name, f.fileno() == fd)
f.write("via fd\n")
f.close()
os.lseek(fd, 0, os.SEEK_SET)
print(os.read(fd, 100))
g = open(fd, "rb", buffering=0, closefd=False)
print(repr(g).replace(str(fd), "FD"), g.closefd)
g.close()
f = open(fd)
print(f.read())
f.close()
try:
    os.close(fd)
except OSError as e:
    print("already closed:", e)

with open(p, "w") as f:
    print(f.encoding, f.errors, f.line_buffering, f.newlines, f.isatty())
    print(f.buffer.mode, type(f.buffer).__name__, f.buffer.name == p)
    f.write("text ")
    f.flush()
    f.buffer.write(b"bytes\n")
with open(p) as f:
    print(f.read())
with open(p, "w", buffering=1) as f:
    print(f.line_buffering)
    f.write("no newline yet")
    with open(p) as g:
        print(repr(g.read()))
    f.write(" now\n")
    with open(p) as g:
        print(repr(g.read()))
os.remove(p)
