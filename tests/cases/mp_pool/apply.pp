# Pool.apply / apply_async: results, callbacks in the parent, errors with
# their type and message (and the worker's traceback as the cause),
# ready/successful/wait/get(timeout).
import multiprocessing
import os
import time


def square(x):
    return x * x


def fail(kind):
    if kind == 'key':
        raise KeyError('missing')
    raise ValueError('bad value %d' % kind)


def where(_):
    return os.getpid()


def gen(n):
    return (i for i in range(n))


def ident(x):
    return x


if __name__ == '__main__':
    parent = os.getpid()
    got = []
    errors = []
    with multiprocessing.Pool(2) as pool:
        print(pool.apply(square, (7,)))
        print(pool.apply(square, kwds={'x': 5}))
        r = pool.apply_async(square, (3,), callback=got.append)
        print(r.get(timeout=10), got)
        print(r.ready(), r.successful())
        print(pool.apply(where, (0,)) != parent)

        r = pool.apply_async(fail, (4,), error_callback=errors.append)
        try:
            r.get()
        except ValueError as e:
            print('ValueError:', e)
            print(type(e.__cause__).__name__, 'Traceback' in str(e.__cause__))
        print(r.ready(), r.successful(), [repr(e) for e in errors])
        try:
            pool.apply(fail, ('key',))
        except KeyError as e:
            print('KeyError:', e)

        slow = pool.apply_async(time.sleep, (0.5,))
        try:
            slow.get(timeout=0.05)
        except multiprocessing.TimeoutError as e:
            print('timed out:', repr(e))
        try:
            slow.successful()
        except ValueError as e:
            print('not ready:', str(e).endswith('not ready'))
        slow.wait()
        print(slow.ready(), slow.get())
        print(slow.wait(0.01))

        # Values that cannot travel: an argument fails its own result, a
        # return value comes back as MaybeEncodingError.
        try:
            pool.apply(ident, ((i for i in range(3)),))
        except TypeError as e:
            print('TypeError:', e)
        try:
            pool.apply(gen, (3,))
        except Exception as e:
            print(type(e).__name__, str(e).startswith("Error sending result: '<generator object"))

        results = [pool.apply_async(square, (i,)) for i in range(20)]
        print([r.get() for r in results])
        print(type(results[0]).__name__, multiprocessing.pool.AsyncResult is multiprocessing.pool.ApplyResult)
