# 20,000 `d[k] = v` on a Manager dict: each one a round trip to the
# manager's server process over a Unix socket (bar <= 20 us each).
import multiprocessing as mp

N = 20_000

if __name__ == '__main__':
    with mp.Manager() as m:
        d = m.dict()
        for i in range(N):
            d[i % 100] = i
        print(len(d), sum(d.values()))
