# mask: 0x[0-9a-f]+
# Queue in one process: bounds, blocking with timeouts, nowait variants,
# closing, argument errors.
try:
    import multiprocessing as mp
except ImportError:  # pyproc before the multiprocessing package lands
    import _multiprocessing as mp
import queue
import time

q = mp.Queue(2)
print(repr(q))
print(type(q).__name__, type(q).__module__)
print(q.qsize(), q.empty(), q.full())
q.put(1)
q.put_nowait("two")
time.sleep(0.1)
print(q.qsize(), q.empty(), q.full())
try:
    q.put(3, timeout=0.05)
except queue.Full as e:
    print("Full", repr(e))
try:
    q.put_nowait(3)
except queue.Full as e:
    print("Full again", repr(e))
try:
    q.put(3, False)
except queue.Full:
    print("Full with block=False")
t = time.monotonic()
try:
    q.put(3, True, 0.2)
except queue.Full:
    print("waited", time.monotonic() - t >= 0.19)
print(q.get(), q.get_nowait())
try:
    q.get(timeout=0.05)
except queue.Empty as e:
    print("Empty", repr(e), isinstance(e, Exception))
try:
    q.get_nowait()
except queue.Empty:
    print("Empty nowait")
try:
    q.get(False)
except queue.Empty:
    print("Empty block=False")
try:
    q.get(timeout=-1)
except queue.Empty:
    print("Empty negative timeout")

for value in [None, True, 3, -7, 2**70, 1.5, "s", b"b", (1, [2, {3: 4}]), {1, 2}, frozenset({5}), range(3)]:
    q.put(value)
    print(repr(q.get(timeout=5)))

for kw in [dict(timeout="x"), dict(block=0, timeout="x")]:
    try:
        q.put(1, **kw)
    except TypeError as e:
        print("put", kw, e)
try:
    q.get(timeout="x")
except TypeError as e:
    print("get", e)
try:
    q.get(block=False, timeout="x")
except TypeError as e:
    print("get nowait", e)

calls = [
    lambda: q.put(),
    lambda: q.put(1, 2, 3, 4),
    lambda: q.get(1, 2, 3),
    lambda: q.get(foo=1),
    lambda: q.put(1, foo=1),
    lambda: q.put(1, obj=2),
    lambda: q.qsize(1),
    lambda: q.close(1),
    lambda: q.put_nowait(),
    lambda: q.get_nowait(1),
    lambda: mp.Queue(1, 2),
    lambda: mp.Queue(x=2),
    lambda: mp.Queue("a"),
    lambda: mp.Queue(1.5),
    lambda: mp.Queue(2**40),
    lambda: mp.Queue(None),
]
for c in calls:
    try:
        c()
        print("no error")
    except Exception as e:
        print(type(e).__name__, e)

for size in [0, -5, -1.5, True]:
    b = mp.Queue(size)
    b.put(1)
    print("maxsize", size, b.full())

try:
    q.join_thread()
except AssertionError as e:
    print("AssertionError", e)
q.put(9)
time.sleep(0.1)
q.close()
q.close()
for c in [lambda: q.put(1), lambda: q.get(), lambda: q.get(timeout=1), lambda: q.get_nowait(), lambda: q.put_nowait(2), lambda: q.empty()]:
    try:
        c()
    except Exception as e:
        print(type(e).__name__, e)
print(q.qsize(), q.full())
q.cancel_join_thread()
q.join_thread()
print("done")
