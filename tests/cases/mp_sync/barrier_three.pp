# A Barrier of three processes: everyone passes together, indexes 0..2
# each once, the action runs once per cycle, a second cycle works too, and
# an abort breaks the waiters out with threading.BrokenBarrierError.
import multiprocessing as mp
import os
import sys
import threading


def fork():
    sys.stdout.flush()
    return os.fork()


actions = mp.RawValue('i', 0)

def act():
    actions.value += 1

bar = mp.Barrier(3, action=act, timeout=5)
results = mp.RawArray('i', 6)

pids = []
for k in range(2):
    pid = fork()
    if pid == 0:
        results[k] = bar.wait()
        results[3 + k] = bar.wait()
        os._exit(0)
    pids.append(pid)
results[2] = bar.wait()
results[5] = bar.wait()
print([os.waitstatus_to_exitcode(os.waitpid(p, 0)[1]) for p in pids])
print(sorted(results[0:3]), sorted(results[3:6]), actions.value)
print(bar.broken, bar.n_waiting, bar.parties)

waiting = mp.Semaphore(0)
pid = fork()
if pid == 0:
    waiting.release()
    try:
        bar.wait()
        print("child passed", flush=True)
    except threading.BrokenBarrierError:
        print("child: broken", flush=True)
    os._exit(0)
waiting.acquire(timeout=5)
while bar.n_waiting < 1:
    pass
bar.abort()
os.waitpid(pid, 0)
print(bar.broken)
bar.reset()
print(bar.broken, bar.n_waiting)
