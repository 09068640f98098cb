# Four forked processes increment a shared counter under a Lock, an RLock
# and a Value's own lock: the totals are exact.
import multiprocessing as mp
import os
import sys


def fork():
    sys.stdout.flush()
    return os.fork()


N = 2000
lock = mp.Lock()
rlock = mp.RLock()
plain = mp.RawValue('i', 0)
recursive = mp.RawValue('q', 0)
synced = mp.Value('i', 0)

def work():
    for _ in range(N):
        with lock:
            plain.value += 1
        with rlock:
            with rlock:
                recursive.value = recursive.value + 1
        with synced.get_lock():
            synced.value += 1

pids = []
for _ in range(4):
    pid = fork()
    if pid == 0:
        work()
        os._exit(0)
    pids.append(pid)
work()
codes = [os.waitstatus_to_exitcode(os.waitpid(p, 0)[1]) for p in pids]
print(codes)
print(plain.value, recursive.value, synced.value, 5 * N)
print(repr(lock), repr(rlock), lock.acquire(False), rlock.acquire(False))
