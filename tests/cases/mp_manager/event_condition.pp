# A manager's Event and Condition across processes: waits released by
# another process, timeouts, and the lock ownership errors.
import multiprocessing as mp


def setter(e):
    e.set()


def consumer(cond, items, out):
    with cond:
        cond.wait_for(lambda: len(items) > 0, timeout=10)
        out.append(items.pop())


def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


if __name__ == '__main__':
    with mp.Manager() as m:
        e = m.Event()
        print(e.is_set(), e.wait(0.05))
        p = mp.Process(target=setter, args=(e,))
        p.start()
        print(e.wait(10), e.is_set())
        p.join(10)
        e.clear()
        print(e.is_set())
        cond, items, out = m.Condition(), m.list(), m.list()
        cs = [mp.Process(target=consumer, args=(cond, items, out)) for _ in range(2)]
        for c in cs:
            c.start()
        for i in range(2):
            with cond:
                items.append(i)
                cond.notify()
        for c in cs:
            c.join(10)
        print([c.exitcode for c in cs], sorted(out))
        with cond:
            print(cond.wait(0.05))
            cond.notify_all()
        show('wait', cond.wait)
        show('notify', cond.notify)
        lock = m.Lock()
        c2 = m.Condition(lock)
        with c2:
            print(c2.wait(0.05), c2.acquire(False))
        print(lock.acquire(False))
        lock.release()
