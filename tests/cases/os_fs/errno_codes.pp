# errno constants match the OSError subclasses and errorcode maps back,
# with CPython's choice among names sharing a number.
import errno
import os

print(errno.ENOENT, errno.EEXIST, errno.EINTR, errno.ECHILD, errno.ESRCH, errno.EPERM)
print(errno.EAGAIN == errno.EWOULDBLOCK, errno.errorcode[errno.EAGAIN])
print(errno.errorcode[errno.EDEADLK], errno.errorcode[errno.ENOTSUP])
names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names), len(errno.errorcode))
print(names[:8], names[-8:])
bad = [n for n in names if errno.errorcode[getattr(errno, n)] != n]
print(bad)
print(all(getattr(errno, name) == code for code, name in errno.errorcode.items()))
print(sorted(errno.errorcode)[:5], max(errno.errorcode))
print(list(errno.errorcode.items())[:4])
for code in (errno.ENOENT, errno.EEXIST, errno.EACCES, errno.ECHILD, errno.ESRCH,
             errno.EINTR, errno.EAGAIN, errno.EPIPE, errno.ENOTDIR, errno.EISDIR,
             errno.ETIMEDOUT, errno.EINVAL):
    e = OSError(code, os.strerror(code))
    print(errno.errorcode[code], type(e).__name__, e)
