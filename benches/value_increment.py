# Two processes each add 1 to a shared Value('i') 500,000 times under its
# lock: the cost of a locked shared increment (the bar: 150 ns).
import multiprocessing as mp
import os

N = 500_000
v = mp.Value('i', 0)


def work():
    for _ in range(N):
        with v.get_lock():
            v.value += 1


pid = os.fork()
if pid == 0:
    work()
    os._exit(0)
work()
os.waitpid(pid, 0)
print(v.value)
