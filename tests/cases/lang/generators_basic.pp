# Generator functions: lazy evaluation, state between yields, StopIteration.
def count_up(n):
    print("  start")
    i = 0
    while i < n:
        print("  yielding", i)
        yield i
        i += 1
    print("  end")
g = count_up(2)
print(type(g).__name__)
print("created, nothing ran yet")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration", e.value)
print(list(count_up(0)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
def with_return():
    yield 1
    return "result"
gr = with_return()
next(gr)
try:
    next(gr)
except StopIteration as e:
    print("return value in StopIteration:", e.value, e.args)
def pairs(items):
    for i, a in enumerate(items):
        for b in items[i + 1:]:
            yield a, b
print(list(pairs("abc")))
print(sum(x * x for x in count_up(3)))
def empty():
    return
    yield
print(list(empty()))
print(next(iter(fib()), None), next(empty(), "default"))
