# Blocking waits are interruptible: SIGINT raises KeyboardInterrupt out of
# a Lock acquire, an Event wait, a Semaphore acquire and a Condition wait
# (which gives the lock back first). The signal module is not needed:
# SIGINT is 2 on Linux.
import multiprocessing as mp
import os
import sys
import time

SIGINT = 2


def fork():
    sys.stdout.flush()
    return os.fork()


def interrupt_me_later(delay):
    pid = fork()
    if pid == 0:
        time.sleep(delay)
        os.kill(os.getppid(), SIGINT)
        os._exit(0)
    return pid


def interrupted(what, wait):
    child = interrupt_me_later(0.1)
    t = time.monotonic()
    try:
        print(what, "returned", wait())
    except KeyboardInterrupt:
        print(what, "KeyboardInterrupt", time.monotonic() - t < 4)
    os.waitpid(child, 0)


lock = mp.Lock()
lock.acquire()
interrupted("lock", lambda: lock.acquire(timeout=5))
print(repr(lock))
interrupted("event", lambda: mp.Event().wait(5))
interrupted("semaphore", lambda: mp.Semaphore(0).acquire())
cond = mp.Condition()
with cond:
    interrupted("condition", lambda: cond.wait(5))
    print(repr(cond))
print(repr(cond))
