# not-cpython: a signal that lands just before time.sleep starts still interrupts
# it: pyproc blocks signals from its last look at them until the sleep
# unblocks them atomically (ppoll). CPython can miss such a signal for the
# whole sleep, or raise from elsewhere.
import os, signal, time
class Got(Exception):
    pass
def handler(s, f):
    raise Got()
signal.signal(signal.SIGUSR1, handler)
pid = os.getpid()
t = time.monotonic()
n = 0
for i in range(100):
    child = os.fork()
    if child == 0:
        os.kill(pid, signal.SIGUSR1)
        os._exit(0)
    try:
        time.sleep(5)
    except Got:
        n += 1
    os.waitpid(child, 0)
print(n, time.monotonic() - t < 20)
