# 10,000 apply_async(...).get() round trips on a Pool(2) (bar: 10 us a
# task; CPython ~77 us).
import multiprocessing as mp


def f(x):
    return x + 1


if __name__ == '__main__':
    with mp.Pool(2) as p:
        total = 0
        for i in range(10_000):
            total += p.apply_async(f, (i,)).get()
    print(total)
