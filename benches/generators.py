# Generators and closures: generator pipelines, generator expressions,
# yield from, send(), closures with nonlocal counters, lambdas.


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


def chain(*iters):
    for it in iters:
        yield from it


def tree(depth, label):
    if depth == 0:
        yield label
        return
    yield from tree(depth - 1, label * 2)
    yield from tree(depth - 1, label * 2 + 1)


def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total


def make_counter(step):
    count = 0

    def incr():
        nonlocal count
        count += step
        return count

    def get():
        return count

    return incr, get


def make_adders(n):
    return [lambda x, k=k: x + k for k in range(n)]


def main():
    checksum = 0
    for rnd in range(20):
        s = sum(squares(evens(count_up(60000 + rnd))))
        s2 = sum(x % 7 for x in chain(count_up(20000), range(5000), [1, 2, 3]))
        leaves = 0
        for v in tree(13, 1):
            leaves += v & 15
        acc = accumulator()
        next(acc)
        for i in range(20000):
            acc.send(i % 10)
        try:
            acc.send(None)
            final = -1
        except StopIteration as e:
            final = e.value
        incr, get = make_counter(3)
        for _ in range(30000):
            incr()
        adders = make_adders(50)
        a = 0
        for i in range(400):
            for f in adders:
                a = f(a) % 100003
        gen_list = [x for x in (y * 3 for y in range(10000)) if x % 2]
        checksum = (checksum * 17 + s + s2 + leaves + final + get() + a
                    + len(gen_list)) % 1000000007
    print("final", final, "counter", get(), "a", a)
    print("checksum", checksum)


main()
