# The queue module: Empty/Full, Queue, LifoQueue, PriorityQueue,
# SimpleQueue, without other threads (timeouts run out, no waiting for
# ever is needed here).
import queue
import time

print(queue.__all__)
print(queue.Empty, queue.Full, queue.Empty.__mro__[1:], queue.Full.__mro__[1:])
print(repr(queue.Empty()), repr(queue.Full("x")), str(queue.Full("x")))

q = queue.Queue(2)
print(q.maxsize, q.qsize(), q.empty(), q.full(), q.unfinished_tasks)
q.put(1)
q.put_nowait(2)
print(q.qsize(), q.empty(), q.full(), q.unfinished_tasks)
try:
    q.put(3, timeout=0.01)
except queue.Full as e:
    print("Full", repr(e))
try:
    q.put_nowait(3)
except queue.Full:
    print("Full nowait")
for c in [lambda: q.put(3, timeout=-1), lambda: queue.Queue().get(timeout=-1)]:
    try:
        c()
    except ValueError as e:
        print("ValueError", e)
print(q.get(), q.get_nowait())
t = time.monotonic()
try:
    q.get(timeout=0.1)
except queue.Empty:
    print("Empty after", time.monotonic() - t >= 0.09)
try:
    q.get(block=False)
except queue.Empty:
    print("Empty nowait")
q.task_done()
q.task_done()
try:
    q.task_done()
except ValueError as e:
    print("ValueError", e)
q.join()
print("joined")

big = queue.Queue()
for i in range(1000):
    big.put(i)
print([big.get() for _ in range(5)], big.qsize())
for i in range(1000, 1500):
    big.put(i)
out = []
while not big.empty():
    out.append(big.get())
print(out == list(range(5, 1500)))

lifo = queue.LifoQueue()
for x in "abc":
    lifo.put(x)
print([lifo.get() for _ in range(3)], lifo.empty())

pq = queue.PriorityQueue(10)
for x in [5, 1, 4, 1, 9, 2, 6, (3)]:
    pq.put(x)
print(pq.qsize(), [pq.get() for _ in range(pq.qsize())])
pq.put((2, "b"))
pq.put((1, "a"))
print(pq.get(), pq.get())

s = queue.SimpleQueue()
print(type(s), s.empty(), s.qsize())
s.put(1)
s.put_nowait(2)
print(s.qsize(), s.get(), s.get_nowait(), s.empty())
try:
    s.get(timeout=0.01)
except queue.Empty:
    print("Empty simple")
try:
    s.get_nowait()
except queue.Empty:
    print("Empty simple nowait")
