# Big items (up to 4 MiB) from a child, mixed with small ones, intact and
# in order; the consumer drains while the producer still runs.
try:
    import multiprocessing as mp
except ImportError:  # pyproc before the multiprocessing package lands
    import _multiprocessing as mp
import os

q = mp.Queue()
sizes = [10, 100_000, 1 << 20, 5, 4 << 20, 3, 300_000, 2 << 20]
pid = os.fork()
if pid == 0:
    for n, size in enumerate(sizes):
        q.put(bytes([n]) * size)
        q.put(("small", n))
    q.put("end")
    q.close()
    q.join_thread()
    os._exit(0)
for n, size in enumerate(sizes):
    big = q.get(timeout=20)
    print(n, len(big), big == bytes([n]) * size, q.get(timeout=20))
print(q.get(timeout=20))
_, status = os.waitpid(pid, 0)
print("exit", os.waitstatus_to_exitcode(status))

# Many items waiting at once, in one process.
for i in range(20000):
    q.put(str(i))
print(q.qsize())
print(all(q.get() == str(i) for i in range(20000)), q.qsize())
