# not-cpython: a child that puts a 4 MiB item and exits at once can be
# reaped before anyone reads the queue, and the item still arrives intact
# (CPython's feeder thread blocks on the full pipe, so the join deadlocks,
# and without join_thread the item may be lost).
try:
    import multiprocessing as mp
except ImportError:  # pyproc before the multiprocessing package lands
    import _multiprocessing as mp
import os

q = mp.Queue()
pid = os.fork()
if pid == 0:
    q.put(b"\x07" * (4 << 20))
    q.put("small after big")
    os._exit(0)
_, status = os.waitpid(pid, 0)
print("child reaped first, exit", os.waitstatus_to_exitcode(status))
print("waiting", q.qsize())
big = q.get(timeout=10)
print(len(big), big == b"\x07" * (4 << 20))
print(q.get(timeout=10), q.empty())

# Several children each put and exit; nothing is lost.
pids = []
for n in range(5):
    pid = os.fork()
    if pid == 0:
        for i in range(100):
            q.put((n, i))
        os._exit(0)
    pids.append(pid)
for pid in pids:
    os.waitpid(pid, 0)
got = sorted(q.get(timeout=10) for _ in range(500))
print(got == sorted((n, i) for n in range(5) for i in range(100)), q.qsize())
