# not-cpython: clients killed while a manager's server holds their
# blocked calls are dropped before they can take the item or the lock
# they waited for (CPython's server thread takes them and loses them, so
# the owner's get() below would time out), and the server goes on serving.
import multiprocessing as mp


def blocked_get(q, started):
    started.put('get')
    q.get()


def blocked_acquire(lock, started):
    started.put('acquire')
    lock.acquire()


if __name__ == '__main__':
    with mp.Manager() as m:
        q, lock, started = m.Queue(), m.Lock(), m.Queue()
        lock.acquire()
        ps = [mp.Process(target=blocked_get, args=(q, started)),
              mp.Process(target=blocked_acquire, args=(lock, started))]
        for p in ps:
            p.start()
        print(sorted([started.get(timeout=10), started.get(timeout=10)]))
        for p in ps:
            p.kill()
            p.join(10)
        print([p.exitcode for p in ps])
        q.put('item')
        lock.release()
        print(q.get(timeout=10))
        print(lock.acquire(timeout=10))
        d = m.dict(alive=True)
        print(d['alive'])
