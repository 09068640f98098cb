# 1,000 rounds of fork + _exit + waitpid: the cost of a process's life cycle.
import os

N = 1000
total = 0
for i in range(N):
    pid = os.fork()
    if pid == 0:
        os._exit(i & 7)
    _, status = os.waitpid(pid, 0)
    total += os.WEXITSTATUS(status)
print(total)
