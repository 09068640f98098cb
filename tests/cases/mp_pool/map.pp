# map, map_async, starmap, starmap_async, imap and imap_unordered, with and
# without chunksize; errors and ordering.
import multiprocessing
import time


def double(x):
    return 2 * x


def fail_on_3(x):
    if x == 3:
        raise ZeroDivisionError('three')
    return x


def slow_first(x):
    time.sleep(0.3 if x == 0 else 0)
    return x


if __name__ == '__main__':
    pool = multiprocessing.Pool(3)
    print(pool.map(double, range(10)))
    print(pool.map(double, range(10), chunksize=3))
    print(pool.map(double, range(1000))[-3:])
    print(pool.map(double, []))
    print(pool.map(double, (x for x in range(4))))
    print(pool.map(double, 'abc'))
    print(pool.starmap(pow, [(2, 3), (3, 2), (10, 0)]))
    print(pool.starmap(max, [(1, 5, 2)], chunksize=1))

    done = []
    r = pool.map_async(double, range(5), callback=done.append)
    print(r.get(), done)
    r = pool.starmap_async(divmod, [(7, 2), (9, 4)], chunksize=1)
    print(r.get())

    try:
        pool.map(fail_on_3, range(8), chunksize=2)
    except ZeroDivisionError as e:
        print('map raised', repr(e))
    errs = []
    r = pool.map_async(fail_on_3, range(8), error_callback=errs.append)
    r.wait()
    print(r.ready(), r.successful(), errs)

    it = pool.imap(double, range(6))
    print(next(it), next(it), list(it))
    print(list(pool.imap(double, range(7), chunksize=3)))
    print(type(pool.imap(double, [], chunksize=2)).__name__)
    print(sorted(pool.imap_unordered(double, range(10))))
    print(sorted(pool.imap_unordered(double, range(10), chunksize=4)))
    print(list(pool.imap_unordered(slow_first, range(1)))) 
    # imap yields in order even when a later item finishes first.
    print(list(pool.imap(slow_first, range(4))))

    out = []
    it = pool.imap(fail_on_3, range(6))
    try:
        for v in it:
            out.append(v)
    except ZeroDivisionError as e:
        print('imap raised', e, out)
    print(list(it))

    def numbers():
        yield 1
        yield 2
        raise RuntimeError('generator broke')

    try:
        print([v for v in pool.imap(double, numbers())])
    except RuntimeError as e:
        print('imap input raised', e)
    try:
        pool.map(double, numbers())
    except RuntimeError as e:
        print('map input raised', e)

    it = pool.imap(time.sleep, [0.5])
    try:
        it.next(timeout=0.05)
    except multiprocessing.TimeoutError:
        print('imap next timed out')
    print(it.next(timeout=10))

    for bad in (0, -1):
        try:
            pool.imap(double, [1], chunksize=bad)
        except ValueError as e:
            print(e)
        try:
            pool.imap_unordered(double, [1], chunksize=bad)
        except ValueError as e:
            print(e)
    pool.close()
    pool.join()
