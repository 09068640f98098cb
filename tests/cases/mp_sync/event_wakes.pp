# An Event set in one process wakes waiters in others; a clear is seen by
# all; waits time out with False.
import multiprocessing as mp
import os
import sys


def fork():
    sys.stdout.flush()
    return os.fork()


ready = mp.Event()
start = mp.Event()
done = mp.Semaphore(0)
seen = mp.RawArray('b', 3)

pids = []
for i in range(3):
    pid = fork()
    if pid == 0:
        ready.set()
        woke = start.wait(5)
        seen[i] = 10 * woke + start.is_set()
        done.release()
        os._exit(0)
    pids.append(pid)
    ready.wait(5)
    ready.clear()
start.set()
print([done.acquire(timeout=5) for _ in pids], seen[:])
print([os.waitstatus_to_exitcode(os.waitpid(p, 0)[1]) for p in pids])
start.clear()
pid = fork()
if pid == 0:
    print("child sees", start.is_set(), start.wait(0.05), flush=True)
    os._exit(0)
os.waitpid(pid, 0)
