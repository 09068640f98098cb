# 50 pools of two workers, each created, closed and joined (bar: 4 ms a
# pool, CPython ~39 ms, C ~1.7 ms).
import multiprocessing as mp

N = 50
for _ in range(N):
    p = mp.Pool(2)
    p.close()
    p.join()
print(N)
