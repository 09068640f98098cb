# not-cpython: functions, lambdas and closures of a module imported after
# the pool was created reach its workers: the worker imports the module,
# which compiles the same code (CPython sends the function by name and
# cannot send the lambda at all). A function that exists nowhere but in
# the parent fails alone with a TypeError; the worker and pool go on.
import multiprocessing

pool = multiprocessing.Pool(1)
import pool_late_import_mod
print(pool.apply(pool_late_import_mod.make_adder(5), (1,)))
print(pool.map(pool_late_import_mod.triple, range(4)))
worker = pool._pool[0].pid
print(pool.apply(abs, (-3,)), pool._pool[0].pid == worker)
pool.close()
pool.join()

# A module that is gone by the time the worker looks for it.
import os
import sys
pool = multiprocessing.Pool(1)
where = '/tmp/pyproc-late-import-%d' % os.getpid()
os.mkdir(where)
with open(os.path.join(where, 'only_here.py'), 'w') as f:
    f.write('def f(x):\n    return -x\n')
sys.path.insert(0, where)
import only_here
os.remove(os.path.join(where, 'only_here.py'))
os.rmdir(where)
try:
    pool.apply(only_here.f, (1,))
except ImportError as e:
    print(type(e).__name__, e)
print(pool.apply(abs, (-4,)))
pool.terminate()
