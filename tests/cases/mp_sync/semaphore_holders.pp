# Semaphore(2) lets two processes hold it at once and makes a third wait
# until one lets go; a BoundedSemaphore shared by processes keeps its bound.
import multiprocessing as mp
import os
import sys
import time


def fork():
    sys.stdout.flush()
    return os.fork()


sem = mp.Semaphore(2)
held = mp.Event()
go = mp.Event()

def holder():
    ok = sem.acquire(timeout=5)
    held.set()
    go.wait(5)
    sem.release()
    os._exit(0 if ok else 1)

pids = []
for _ in range(2):
    held.clear()
    pid = fork()
    if pid == 0:
        holder()
    pids.append(pid)
    print("holder in:", held.wait(5))
print("value:", sem.get_value())
t = time.monotonic()
print("third gets it:", sem.acquire(timeout=0.2))
print("waited:", time.monotonic() - t >= 0.15)
go.set()
print("after release:", sem.acquire(timeout=5))
print([os.waitstatus_to_exitcode(os.waitpid(p, 0)[1]) for p in pids])
print(sem.get_value())
sem.release()
print(sem.get_value())

b = mp.BoundedSemaphore(1)
b.acquire()
pid = fork()
if pid == 0:
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("child:", e, flush=True)
    os._exit(0)
os.waitpid(pid, 0)
print(b.get_value(), repr(b))
