# not-cpython: lambdas, closures, nested functions and functions defined
# after the pool was created can be sent to a Pool (CPython cannot pickle
# them).
import multiprocessing

pool = multiprocessing.Pool(2)


def later(x):
    return x + 100


def make_adder(n):
    def add(x):
        return x + n
    return add


print(pool.map(lambda x: x * 3, range(5)))
print(pool.map(make_adder(10), range(3)))
print(pool.apply(later, (1,)))
print(pool.apply(lambda scale=7: scale * 6))
print(list(pool.imap(lambda s: s.upper(), ['a', 'b'])))
print(pool.starmap(lambda a, b: a - b, [(5, 1), (9, 3)]))
pool.close()
pool.join()
