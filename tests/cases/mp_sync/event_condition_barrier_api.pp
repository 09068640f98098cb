# Event, Condition and Barrier in one process: flags, timeouts, errors.
# mask: 0x[0-9a-f]+
import multiprocessing as mp
import threading

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)

e = mp.Event()
print(repr(e), e.is_set(), e.wait(0.01), e.wait(timeout=0))
e.set()
print(repr(e), e.is_set(), e.wait(), e.wait(0))
e.clear()
print(e.is_set(), e.wait(0.0))

c = mp.Condition()
print(repr(c))
show(c.wait)
show(c.notify)
show(c.notify_all)
with c:
    print(repr(c))
    print(c.wait(0.01), c.wait(timeout=0))
    c.notify()
    c.notify_all()
    c.notify(3)
    print(c.wait_for(lambda: 42), c.wait_for(lambda: 0, 0.01), c.wait_for(lambda: [], timeout=0))
print(c.acquire(), c.acquire(False), repr(c))
c.release(); c.release()
lc = mp.Condition(mp.Lock())
print(repr(lc))
with lc:
    print(repr(lc), lc.wait(0.01))

b = mp.Barrier(2)
print(repr(b), b.parties, b.n_waiting, b.broken)
show(lambda: b.wait(0.01))
print(b.broken, repr(b))
show(b.wait)
b.reset()
print(b.broken)
b.abort()
print(b.broken)
show(lambda: b.wait(0))
b.reset()
one = mp.Barrier(1, action=lambda: print("action"))
print(one.wait(), one.wait(), one.n_waiting)
bad = mp.Barrier(1, lambda: 1 / 0)
show(bad.wait)
print(bad.broken)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
try:
    mp.Barrier(2, timeout=0.01).wait()
except threading.BrokenBarrierError as ex:
    print("timed out:", repr(ex))
