# 20,000 round trips between two processes through two Events: each side
# waits for its event, clears it and sets the other's (bar: 12 us a trip).
import multiprocessing as mp
import os

N = 20_000
ping = mp.Event()
pong = mp.Event()

pid = os.fork()
if pid == 0:
    for _ in range(N):
        ping.wait()
        ping.clear()
        pong.set()
    os._exit(0)
for _ in range(N):
    ping.set()
    pong.wait()
    pong.clear()
os.waitpid(pid, 0)
print(N)
