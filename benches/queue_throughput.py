# 100k small items from one forked producer to the parent through a
# multiprocessing.Queue; prints a checksum of what arrived.
try:
    import multiprocessing
except ImportError:  # pyproc before the multiprocessing package lands
    import _multiprocessing as multiprocessing
import os

N = 100_000

q = multiprocessing.Queue()
pid = os.fork()
if pid == 0:
    put = q.put
    for i in range(N):
        put(i)
    put(None)
    q.close()
    q.join_thread()
    os._exit(0)

get = q.get
total = 0
count = 0
while True:
    item = get(timeout=60)
    if item is None:
        break
    total += item
    count += 1
os.waitpid(pid, 0)
print(count, total)
