# dup/dup2: send stdout to a file and back; print follows fd 1.
import os
import sys

p = "/tmp/pyproc-test-%d-dup_redirect.txt" % os.getpid()
print("before redirect")
sys.stdout.flush()
saved = os.dup(1)
print(os.get_inheritable(saved))
fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print("dup2 returns", os.dup2(fd, 1) == 1, file=sys.stderr)
os.close(fd)
print("into the file")
os.write(1, b"raw into the file\n")
sys.stdout.flush()
print(os.get_inheritable(1), file=sys.stderr)
os.dup2(saved, 1, inheritable=False)
print(os.get_inheritable(1), file=sys.stderr)
os.set_inheritable(1, True)
os.close(saved)
print("after restore")
with open(p) as f:
    print(repr(f.read()))

fd = os.open(p, os.O_RDONLY)
f = os.fdopen(fd)
print(type(f).__name__, f.name == fd, f.mode, repr(f.readline()))
f.close()
try:
    os.fstat
    os.close(fd)
except OSError as e:
    print("fdopen closed it:", e)
except AttributeError:
    try:
        os.close(fd)
    except OSError as e:
        print("fdopen closed it:", e)
fd = os.open(p, os.O_RDWR | os.O_APPEND)
with os.fdopen(fd, "rb+", buffering=0) as f:
    print(type(f).__name__, f.mode, f.read(4))
    f.write(b"appended\n")
with open(p, "rb") as f:
    print(f.read().splitlines()[-1])
try:
    os.fdopen(999)
except OSError as e:
    print("OSError:", e)
os.remove(p)
