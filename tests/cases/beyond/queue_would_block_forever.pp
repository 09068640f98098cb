# not-cpython: pyproc has no threads, so a thread queue's blocking call
# without a timeout that cannot proceed would hang for ever under CPython;
# pyproc raises RuntimeError instead.
import queue

for call in [lambda: queue.Queue().get(), lambda: queue.Queue(1).put(1) or queue.Queue(1).get(),
             lambda: queue.SimpleQueue().get()]:
    try:
        call()
    except RuntimeError as e:
        print("RuntimeError", e)
full = queue.Queue(1)
full.put(1)
try:
    full.put(2)
except RuntimeError as e:
    print("RuntimeError", e)
full.get()
try:
    full.join()
except RuntimeError as e:
    print("RuntimeError", e)
full.task_done()
full.join()
print("joined")
