# not-cpython: a forked child that inherits a Pool object cannot use it
# (its workers are its parent's): pyproc raises at once where CPython's
# pool, whose handler threads do not exist in the child, hangs.
import multiprocessing
import os


def double(x):
    return 2 * x


if __name__ == '__main__':
    pool = multiprocessing.Pool(1)
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        try:
            pool.apply(double, (1,))
        except RuntimeError as e:
            os.write(w, str(e).encode())
        os._exit(0)
    os.close(w)
    print(os.read(r, 200).decode())
    os.waitpid(pid, 0)
    print(pool.apply(double, (21,)))
    pool.close()
    pool.join()
