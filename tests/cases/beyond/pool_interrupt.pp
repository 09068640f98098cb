# not-cpython: Ctrl-C (SIGINT) while the parent waits in Pool.map stops the
# workers and raises KeyboardInterrupt in the parent, without hanging.
# (Here the SIGINT comes from a timer; CPython's workers would each print
# a KeyboardInterrupt traceback and its pool may hang at exit.)
import multiprocessing
import signal
import time


def slow(x):
    time.sleep(30)
    return x


if __name__ == '__main__':
    pool = multiprocessing.Pool(2)
    signal.setitimer(signal.ITIMER_REAL, 0.3)
    signal.signal(signal.SIGALRM, lambda *a: signal.raise_signal(signal.SIGINT))
    start = time.monotonic()
    try:
        pool.map(slow, range(4))
    except KeyboardInterrupt:
        print('KeyboardInterrupt')
    print('quick:', time.monotonic() - start < 10)
    print(pool._state, multiprocessing.active_children())
    r = None
    try:
        pool.apply_async(slow, (1,))
    except ValueError as e:
        print(e)
    pool.join()
