# mask: 0x[0-9a-f]+
# JoinableQueue: task_done and join across processes.
try:
    import multiprocessing as mp
except ImportError:  # pyproc before the multiprocessing package lands
    import _multiprocessing as mp
import os

j = mp.JoinableQueue()
print(type(j).__name__, [c.__name__ for c in type(j).__mro__])
try:
    j.task_done()
except ValueError as e:
    print("ValueError", e)
j.join()
print("join on no tasks returns")

done = mp.Queue()
pid = os.fork()
if pid == 0:
    n = 0
    while True:
        item = j.get(timeout=20)
        if item is None:
            j.task_done()
            break
        n += item
        j.task_done()
    done.put(n)
    done.close()
    done.join_thread()
    os._exit(0)
for i in range(100):
    j.put(i)
j.put(None)
j.join()
print("joined, queue empty:", j.empty(), j.qsize())
print("worker sum", done.get(timeout=20))
_, status = os.waitpid(pid, 0)
print("worker exit", os.waitstatus_to_exitcode(status))

try:
    j.task_done()
except ValueError as e:
    print("ValueError", e)
for c in [lambda: j.task_done(1), lambda: j.join(1)]:
    try:
        c()
    except TypeError as e:
        print("TypeError", e)
b = mp.JoinableQueue(1)
b.put(1)
try:
    b.put(2, timeout=0.01)
except Exception as e:
    print(type(e).__name__)
b.close()
try:
    b.put(2)
except ValueError as e:
    print("ValueError", e)
