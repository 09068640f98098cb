# os.open flags, lseek, and the O_* / SEEK_* constants.
import os

p = "/tmp/pyproc-test-%d-open_flags.bin" % os.getpid()
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_APPEND, os.O_CREAT, os.O_EXCL, os.O_TRUNC,
      os.O_NONBLOCK, os.O_CLOEXEC, os.O_NOCTTY, os.O_DIRECTORY, os.O_SYNC, os.O_NOFOLLOW)
print(os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
print(os.get_inheritable(fd), os.write(fd, b"0123456789"))
print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 2, os.SEEK_SET), os.lseek(fd, -1, os.SEEK_END))
os.close(fd)
try:
    os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL)
except FileExistsError as e:
    print("FileExistsError:", e.errno, e.filename == p)
fd = os.open(p, os.O_RDWR)
print(os.read(fd, 4), os.lseek(fd, 0, os.SEEK_CUR))
os.write(fd, b"AB")
os.lseek(fd, 0, os.SEEK_SET)
print(os.read(fd, 100))
os.close(fd)
fd = os.open(p, os.O_WRONLY | os.O_APPEND)
os.lseek(fd, 0, os.SEEK_SET)
os.write(fd, b"!")
os.close(fd)
fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 100))
try:
    os.write(fd, b"x")
except OSError as e:
    print(type(e).__name__, e)
try:
    os.lseek(fd, -100, os.SEEK_SET)
except OSError as e:
    print(type(e).__name__, e)
os.close(fd)
fd = os.open(p, os.O_WRONLY | os.O_TRUNC)
os.close(fd)
fd = os.open(p, os.O_RDONLY)
print(os.read(fd, 10))
os.close(fd)
try:
    os.open(p + ".missing", os.O_RDONLY)
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
try:
    os.open(p, os.O_RDONLY | os.O_DIRECTORY)
except NotADirectoryError as e:
    print("NotADirectoryError:", e.errno)
try:
    os.open("/tmp", os.O_WRONLY)
except IsADirectoryError as e:
    print("IsADirectoryError:", e)
fd = os.open("/tmp", os.O_RDONLY | os.O_DIRECTORY)
print(fd > 2)
os.close(fd)
os.closerange(1000, 1010)
os.remove(p)
