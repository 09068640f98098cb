# not-cpython: a pool worker that dies mid-task (SIGKILL, os._exit) fails
# that task at once with WorkerLostError, in the parent; the pool replaces
# the worker and stays usable. CPython's pool waits for ever (bpo-22393).
import multiprocessing
import os
import signal
import time
from multiprocessing.pool import WorkerLostError


def die(how):
    if how == 'kill':
        os.kill(os.getpid(), signal.SIGKILL)
    os._exit(3)


def square(x):
    if x == 13:
        os.kill(os.getpid(), signal.SIGKILL)
    return x * x


if __name__ == '__main__':
    pool = multiprocessing.Pool(2)
    before = sorted(w.pid for w in pool._pool)
    for how in ('kill', 'exit'):
        r = pool.apply_async(die, (how,))
        try:
            r.get(timeout=20)
        except WorkerLostError as e:
            print(type(e).__name__, e, isinstance(e, multiprocessing.ProcessError))
        except multiprocessing.TimeoutError:
            print('hung')
    # The pool has replaced the dead workers and works on.
    print(pool.map(square, range(5)))
    after = sorted(w.pid for w in pool._pool)
    print(len(after), before != after)

    # One dead chunk fails the map; the other chunks were computed.
    r = pool.map_async(square, range(20), chunksize=1)
    try:
        r.get(timeout=20)
    except WorkerLostError as e:
        print('map:', e)
    print(pool.apply(square, (4,)))

    # imap reports the lost item where it sits and goes on.
    out = []
    it = pool.imap(square, range(12, 15))
    for _ in range(3):
        try:
            out.append(it.next(timeout=20))
        except WorkerLostError:
            out.append('lost')
    print(out)
    pool.close()
    pool.join()
    print(multiprocessing.active_children())
