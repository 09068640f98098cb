# The lock family in one process: acquire/release results, reprs, errors
# with CPython's types and messages.
import multiprocessing as mp

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

l = mp.Lock()
print(type(l), repr(l))
print(l.acquire(), repr(l))
print(l.acquire(False), l.acquire(block=False), l.acquire(True, 0.01), l.acquire(timeout=0))
print(l.acquire(timeout=-1))
l.release()
show(l.release)
with l as entered:
    print("inside", entered, repr(l))
print(repr(l))
show(lambda: l.acquire(1, 2, 3))
show(lambda: l.acquire(timeout="x"))
show(lambda: l.acquire(nope=1))
show(lambda: mp.Lock(1))

r = mp.RLock()
print(repr(r), r.acquire(), r.acquire(), repr(r))
r.release()
print(repr(r))
r.release()
print(repr(r))
show(r.release)
with r:
    with r:
        print("nested", repr(r))

s = mp.Semaphore(2)
print(repr(s), s.get_value())
print(s.acquire(), s.acquire(), s.acquire(False), s.get_value())
s.release(); s.release(); s.release()
print(repr(s))
print(repr(mp.Semaphore()), repr(mp.Semaphore(value=0)))
show(lambda: mp.Semaphore(-1))
show(lambda: mp.Semaphore("a"))
show(lambda: mp.Semaphore(1, 2))

b = mp.BoundedSemaphore(2)
print(repr(b), b.acquire(), repr(b))
b.release()
show(b.release)
print(repr(b), b.get_value())
with b:
    print(b.get_value())
