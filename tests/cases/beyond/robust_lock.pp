# not-cpython: a process killed while holding a Lock or RLock does not
# leave it held (CPython's POSIX semaphores would hang the next acquire).
import multiprocessing as mp
import os
import sys
import time

SIGKILL = 9

for make in (mp.Lock, mp.RLock):
    lock = make()
    held = mp.Event()
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        lock.acquire()
        held.set()
        time.sleep(30)
        os._exit(0)
    print(held.wait(5), lock.acquire(False))
    os.kill(pid, SIGKILL)
    _, status = os.waitpid(pid, 0)
    print(os.WIFSIGNALED(status), os.WTERMSIG(status))
    print(lock.acquire(timeout=5), repr(lock))
    lock.release()
    print(repr(lock), lock.acquire(False))
    lock.release()

# Killed while not yet reaped (a zombie): the hold passes on too.
lock = mp.Lock()
held = mp.Event()
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    lock.acquire()
    held.set()
    time.sleep(30)
    os._exit(0)
held.wait(5)
os.kill(pid, SIGKILL)
print(lock.acquire(timeout=5))
os.waitpid(pid, 0)
