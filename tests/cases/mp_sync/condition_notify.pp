# Condition across processes: notify wakes one waiter, notify(n) n of them,
# notify_all the rest; wait_for re-checks a shared predicate.
import multiprocessing as mp
import os
import sys
import time


def fork():
    sys.stdout.flush()
    return os.fork()


cond = mp.Condition()
count = mp.RawValue('i', 0)
woken = mp.RawValue('i', 0)
waiting = mp.Semaphore(0)

pids = []
for i in range(4):
    pid = fork()
    if pid == 0:
        with cond:
            waiting.release()
            ok = cond.wait(10)
            woken.value += 1
        os._exit(0 if ok else 1)
    pids.append(pid)
for _ in pids:
    waiting.acquire(timeout=5)

def woken_soon(n):
    end = time.monotonic() + 5
    while woken.value < n and time.monotonic() < end:
        time.sleep(0.01)
    time.sleep(0.05)
    return woken.value == n

with cond:
    cond.notify()
print("after notify:", woken_soon(1), woken.value)
with cond:
    cond.notify(2)
print("after notify(2):", woken_soon(3), woken.value)
with cond:
    cond.notify_all()
print("after notify_all:", woken_soon(4), woken.value)
print([os.waitstatus_to_exitcode(os.waitpid(p, 0)[1]) for p in pids])

pid = fork()
if pid == 0:
    for _ in range(5):
        with cond:
            count.value += 1
            cond.notify_all()
    os._exit(0)
with cond:
    print("predicate:", cond.wait_for(lambda: count.value == 5, 5))
os.waitpid(pid, 0)
with cond:
    print(repr(cond))
