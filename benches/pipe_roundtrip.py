# 10,000 round trips of a small list between two processes over a Pipe:
# the parent sends, a forked echo child receives and sends back.
import multiprocessing as mp
import os

N = 10_000
here, there = mp.Pipe()
pid = os.fork()
if pid == 0:
    here.close()
    while True:
        msg = there.recv()
        if msg is None:
            os._exit(0)
        there.send(msg)
there.close()
total = 0
for i in range(N):
    here.send([i, "x", 2.5])
    back = here.recv()
    total += back[0]
here.send(None)
os.waitpid(pid, 0)
print(total)
