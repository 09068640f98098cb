# not-cpython: fork and friends are builtins in pyproc only.
# fork/getpid/getppid/wait/waitpid are builtins, the same objects as os's,
# and a program's own names shadow them.
import os
print(fork is os.fork, getpid is os.getpid, getppid is os.getppid, wait is os.wait, waitpid is os.waitpid)
print(getpid() == os.getpid(), getppid() == os.getppid())
pid = fork()
if pid == 0:
    os._exit(3)
got, status = waitpid(pid, 0)
print(got == pid, os.WEXITSTATUS(status))
print(fork, repr(waitpid))

def getpid():
    return "mine"
print(getpid())
import builtins
print(builtins.getpid is os.getpid)
