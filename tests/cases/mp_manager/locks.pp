# A manager's Lock, RLock, Semaphore and BoundedSemaphore: contention
# between processes, timeouts and release errors.
import multiprocessing as mp


def add(lock, d, n):
    for i in range(n):
        with lock:
            d['count'] = d['count'] + 1


def holder(lock, held, release):
    with lock:
        held.set()
        release.wait(10)


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, str(e).splitlines()[-2:-1] or e)


if __name__ == '__main__':
    with mp.Manager() as m:
        lock, d = m.Lock(), m.dict(count=0)
        ps = [mp.Process(target=add, args=(lock, d, 50)) for _ in range(3)]
        for p in ps:
            p.start()
        for p in ps:
            p.join(10)
        print(d['count'])
        held, release = m.Event(), m.Event()
        h = mp.Process(target=holder, args=(lock, held, release))
        h.start()
        held.wait(10)
        print(lock.acquire(False), lock.acquire(timeout=0.1))
        release.set()
        print(lock.acquire(timeout=10))
        lock.release()
        h.join(10)
        show('release', lock.release)
        show('nonblocking timeout', lambda: lock.acquire(False, 1))
        r = m.RLock()
        print(r.acquire(), r.acquire(), r.release(), r.release())
        show('rlock release', r.release)
        s = m.Semaphore(2)
        print(s.acquire(), s.acquire(), s.acquire(False), s.acquire(timeout=0.05))
        s.release()
        print(s.acquire(False))
        b = m.BoundedSemaphore(1)
        print(b.acquire(), b.release())
        show('bounded', b.release)
        show('negative', lambda: m.Semaphore(-1))
        print(str(m.Lock()).startswith('<unlocked _thread.lock object at 0x'))
