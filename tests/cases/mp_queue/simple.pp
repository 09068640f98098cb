# mask: 0x[0-9a-f]+
# SimpleQueue: put/get/empty/close, across a fork.
try:
    import multiprocessing as mp
except ImportError:  # pyproc before the multiprocessing package lands
    import _multiprocessing as mp
import os

s = mp.SimpleQueue()
print(repr(s))
print(s.empty())
s.put([1, "a"])
print(s.empty(), s.get())
for c in [lambda: s.get(1), lambda: s.put(), lambda: s.put(1, 2), lambda: s.empty(1), lambda: mp.SimpleQueue(1)]:
    try:
        c()
    except TypeError as e:
        print("TypeError", e)

pid = os.fork()
if pid == 0:
    for i in range(500):
        s.put(i * i)
    os._exit(0)
got = [s.get() for _ in range(500)]
os.waitpid(pid, 0)
print(got == [i * i for i in range(500)], s.empty())

s.close()
s.close()
for c in [lambda: s.put(3), lambda: s.get(), lambda: s.empty()]:
    try:
        c()
    except OSError as e:
        print("OSError", e)
