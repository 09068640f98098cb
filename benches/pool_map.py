# Pool(2).map of a trivial function over 100,000 ints, ten times (bar:
# 10 ms a map; CPython ~59 ms).
import multiprocessing as mp


def f(x):
    return x


if __name__ == '__main__':
    with mp.Pool(2) as p:
        total = 0
        for _ in range(10):
            total += sum(p.map(f, range(100_000)))
    print(total)
