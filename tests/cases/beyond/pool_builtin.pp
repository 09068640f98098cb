# not-cpython: Pool is a builtin in pyproc, the same object as
# multiprocessing.Pool; a program's own name shadows it.
import os


def square(x):
    return x * x


p = Pool(3)
print(p.map(square, range(6)))
print(len(set(p.map(lambda _: os.getpid(), range(30), chunksize=1))) <= 3)
p.close()
p.join()
import multiprocessing
print(Pool is multiprocessing.Pool)


def Pool(n):
    return "shadowed %d" % n


print(Pool(2))
