# not-cpython: a pool whose initializer raises fails at once: the waiting
# call raises the initializer's exception (its worker traceback as the
# cause) and the pool is terminated. CPython's pool starts new workers
# for ever, each printing the same traceback, and map() never returns.
import multiprocessing


def bad_init(x):
    raise ValueError('cannot initialize with %r' % (x,))


def double(x):
    return 2 * x


if __name__ == '__main__':
    pool = multiprocessing.Pool(2, initializer=bad_init, initargs=(7,))
    try:
        pool.map(double, range(10))
    except ValueError as e:
        print('ValueError:', e)
        print(type(e.__cause__).__name__, 'bad_init' in str(e.__cause__))
    try:
        pool.apply(double, (1,))
    except ValueError as e:
        print(e)
    pool.join()
    print(multiprocessing.active_children())

    # A callback that raises does not lose the other results.
    def boom(_):
        raise KeyError('callback')
    with multiprocessing.Pool(2) as pool:
        results = [pool.apply_async(double, (i,), callback=boom) for i in range(6)]
        raised = 0
        for r in results:
            try:
                r.wait(10)
            except KeyError:
                raised += 1
        print(raised > 0, [r.get(10) for r in results])

    # imap of an endless generator ends where it was when terminated.
    def naturals():
        n = 0
        while True:
            yield n
            n += 1
    pool = multiprocessing.Pool(2)
    it = pool.imap(double, naturals())
    print(next(it), next(it))
    pool.terminate()
    rest = 0
    try:
        for _ in it:
            rest += 1
    except multiprocessing.pool.WorkerLostError:
        rest = 'lost'
    print(rest == 'lost' or rest < 100)
