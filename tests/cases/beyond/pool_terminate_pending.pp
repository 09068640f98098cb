# not-cpython: results still pending when their pool is terminated fail
# with WorkerLostError instead of never becoming ready (CPython's get()
# waits for ever).
import multiprocessing
import time
from multiprocessing.pool import WorkerLostError


def slow(x):
    time.sleep(30)
    return x


if __name__ == '__main__':
    with multiprocessing.Pool(2) as pool:
        pending = [pool.apply_async(slow, (i,)) for i in range(3)]
        it = pool.imap(slow, range(2))
        time.sleep(0.2)
    for r in pending:
        try:
            r.get(timeout=10)
        except WorkerLostError as e:
            print(e)
    try:
        next(it)
    except WorkerLostError as e:
        print('imap:', e)
    print(multiprocessing.active_children())
