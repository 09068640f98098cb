# not-cpython: CPython cannot pickle lambdas or closures; pyproc sends them
# through a Pipe by code number, to a child forked before they existed.
# Globals are the child's own: `late` is made after the fork, so a lambda
# using it fails there with NameError, as any function would.
import multiprocessing as mp
import os

jobs, results = mp.Pipe()
pid = os.fork()
if pid == 0:
    # The child knows none of the functions below: they come by pipe.
    jobs.close()
    while True:
        try:
            f, arg = results.recv()
            if f is None:
                os._exit(0)
            results.send(f(arg))
        except EOFError:
            os._exit(2)
        except Exception as e:
            results.send(e)
results.close()

square = lambda x: x * x


def make_adder(n):
    def add(x):
        return x + n
    return add


def make_counter():
    count = [0]

    def bump(x):
        count[0] += x
        return count[0]
    return bump


jobs.send((square, 7))
print(jobs.recv())
jobs.send((make_adder(100), 5))
print(jobs.recv())
jobs.send((lambda s: s.upper() + "!", "hé"))
print(jobs.recv())
jobs.send((lambda x, k=3, *, m=4: [x * k, x * m], 2))
print(jobs.recv())
bump = make_counter()
bump(5)
jobs.send((bump, 1))
print(jobs.recv(), bump(0))
jobs.send((lambda fs: [g(2) for g in fs], [make_adder(i) for i in range(4)]))
print(jobs.recv())
late = 1
jobs.send((lambda x: late, 0))
e = jobs.recv()
print(type(e).__name__, e)
jobs.send((None, None))
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
