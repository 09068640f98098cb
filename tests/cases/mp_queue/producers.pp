# Producers in forked children, one consumer in the parent: every item
# arrives once, in order per producer; qsize is exact once they are done.
try:
    import multiprocessing as mp
except ImportError:  # pyproc before the multiprocessing package lands
    import _multiprocessing as mp
import os

PRODUCERS = 4
ITEMS = 2000

q = mp.Queue()
pids = []
for p in range(PRODUCERS):
    pid = os.fork()
    if pid == 0:
        for i in range(ITEMS):
            q.put((p, i, "x" * (i % 50)))
        q.close()
        q.join_thread()
        os._exit(0)
    pids.append(pid)

seen = [[] for _ in range(PRODUCERS)]
for _ in range(PRODUCERS * ITEMS):
    p, i, pad = q.get(timeout=20)
    assert pad == "x" * (i % 50)
    seen[p].append(i)
for pid in pids:
    _, status = os.waitpid(pid, 0)
    print("producer exit", os.waitstatus_to_exitcode(status))
print([s == list(range(ITEMS)) for s in seen])
print("left", q.qsize(), q.empty())

# The other way round: the parent produces, children consume and report
# through a second queue; a bounded queue makes the parent wait for them.
work = mp.Queue(3)
results = mp.Queue()
pids = []
for c in range(3):
    pid = os.fork()
    if pid == 0:
        total = 0
        while True:
            item = work.get(timeout=20)
            if item is None:
                break
            total += item
        results.put(total)
        results.close()
        results.join_thread()
        os._exit(0)
    pids.append(pid)
for n in range(1, 301):
    work.put(n, timeout=20)
for _ in pids:
    work.put(None, timeout=20)
totals = [results.get(timeout=20) for _ in pids]
for pid in pids:
    _, status = os.waitpid(pid, 0)
    print("consumer exit", os.waitstatus_to_exitcode(status))
print("sum", sum(totals), sum(range(1, 301)))
