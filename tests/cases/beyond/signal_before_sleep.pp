# not-cpython: a signal that lands just before time.sleep starts still
# interrupts it: pyproc blocks signals from its last look at them until the
# sleep unblocks them atomically (ppoll). CPython can miss such a signal
# and sleep the whole 5 s. (A signal that comes while fork() returns is
# handled as that call returns, as in CPython, hence the wider try.)
import os
import signal
import time


class Got(Exception):
    pass


def handler(s, f):
    raise Got()


signal.signal(signal.SIGUSR1, handler)
pid = os.getpid()
t = time.monotonic()
n = 0
for i in range(100):
    try:
        child = os.fork()
        if child == 0:
            os.kill(pid, signal.SIGUSR1)
            os._exit(0)
        time.sleep(5)
    except Got:
        n += 1
    os.waitpid(-1, 0)
print(n, time.monotonic() - t < 20)
