# fork + waitpid/wait: exit codes, the status macros, WNOHANG, wait3/wait4.
import os
import time

pid = os.fork()
if pid == 0:
    os._exit(7)
got, status = os.waitpid(pid, 0)
print(got == pid, os.WIFEXITED(status), os.WEXITSTATUS(status), os.WIFSIGNALED(status))
print(os.waitstatus_to_exitcode(status), status == 7 << 8)

# WNOHANG on a running child returns (0, 0).
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(w)
    os.read(r, 1)
    os._exit(0)
os.close(r)
print(os.waitpid(pid, os.WNOHANG))
os.write(w, b"x")
os.close(w)
print(os.waitpid(pid, 0) == (pid, 0))

# Death by signal.
pid = os.fork()
if pid == 0:
    os.kill(os.getpid(), 9)
    time.sleep(5)
    os._exit(0)
got, status = os.waitpid(pid, 0)
print(os.WIFSIGNALED(status), os.WTERMSIG(status), os.WIFEXITED(status))
print(os.waitstatus_to_exitcode(status), os.WCOREDUMP(status))

# The child's own pid and parent.
me = os.getpid()
pid = os.fork()
if pid == 0:
    os._exit(0 if os.getppid() == me and os.getpid() != me else 1)
print(os.waitpid(pid, 0)[1])

# wait() takes any child; wait3/wait4 add resource usage.
pids = set()
for code in (1, 2, 3):
    pid = os.fork()
    if pid == 0:
        os._exit(code)
    pids.add(pid)
codes = []
for _ in range(3):
    got, status = os.wait()
    pids.discard(got)
    codes.append(os.WEXITSTATUS(status))
print(sorted(codes), pids)

pid = os.fork()
if pid == 0:
    os._exit(4)
got, status, usage = os.wait4(pid, 0)
print(got == pid, os.WEXITSTATUS(status), type(usage).__name__, usage.ru_utime >= 0)
pid = os.fork()
if pid == 0:
    os._exit(5)
got, status, usage = os.wait3(0)
print(got == pid, os.WEXITSTATUS(status), len(usage))

# Keyword status for the macros, as in CPython.
print(os.WEXITSTATUS(status=0x0300), os.WIFEXITED(status=0))
for bad in (0x7F, 0x137F):
    try:
        os.waitstatus_to_exitcode(bad)
    except ValueError as e:
        print("ValueError:", e)

# No children left.
for call in (lambda: os.wait(), lambda: os.waitpid(-1, 0), lambda: os.waitpid(-1, os.WNOHANG)):
    try:
        call()
    except ChildProcessError as e:
        print(type(e).__name__, e.errno, e)
