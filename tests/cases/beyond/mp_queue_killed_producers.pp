# not-cpython: producers killed (SIGKILL) at random moments while putting
# do not wedge or corrupt the queue: each one's items arrive intact, in
# order and without gaps (an item is either wholly published or not at
# all), and the queue keeps working for the survivors.
try:
    import multiprocessing as mp
except ImportError:  # pyproc before the multiprocessing package lands
    import _multiprocessing as mp
import os
import random
import time

SIGKILL = 9


def payload(p, i):
    # Sizes vary up to 200 kB so kills often land inside a copy or a
    # growth of the ring.
    size = (i * 7919 + p * 104729) % 200_000 if i % 10 == 0 else i % 100
    return bytes([(p + i) % 256]) * size


def produce(q, p):
    i = 0
    while True:
        q.put((p, i, payload(p, i)))
        i += 1


def verify(items, expect):
    ok = True
    for p, i, data in items:
        ok = ok and i == expect[p] and data == payload(p, i)
        expect[p] = i + 1
    return ok


def drain(q):
    items = []
    while True:
        try:
            items.append(q.get_nowait())
        except Exception:
            return items


for round_no, maxsize in enumerate([0, 20, 0, 5]):
    q = mp.Queue(maxsize)
    pids = []
    for p in range(4):
        pid = os.fork()
        if pid == 0:
            produce(q, p)
        pids.append(pid)
    taken = []
    for pid in pids:
        deadline = time.monotonic() + random.uniform(0.001, 0.05)
        while time.monotonic() < deadline:
            try:
                taken.append(q.get(timeout=0.01))
            except Exception:
                pass
        os.kill(pid, SIGKILL)
        os.waitpid(pid, 0)
    left = q.qsize()
    rest = drain(q)
    expect = [0] * 4
    ok = verify(taken + rest, expect)
    print("round", round_no, "intact and in order:", ok, "qsize exact:", left == len(rest))
    q.put("still works")
    q.put(b"x" * 300_000)
    print(q.get(timeout=5), len(q.get(timeout=5)), q.qsize(), q.empty())
