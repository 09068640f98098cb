# yield from: delegation, return value of subgenerator, send passes through.
def inner():
    x = yield "inner-1"
    print("  inner received", x)
    yield "inner-2"
    return "inner result"
def outer():
    result = yield from inner()
    print("  outer got", result)
    yield "outer-done"
g = outer()
print(next(g))
print(g.send("hello"))
print(next(g))
print(next(g, "end"))
def chain(*iterables):
    for it in iterables:
        yield from it
print(list(chain([1, 2], "ab", range(3), (x * 10 for x in range(2)))))
def flatten(obj):
    if isinstance(obj, list):
        for item in obj:
            yield from flatten(item)
    else:
        yield obj
print(list(flatten([1, [2, [3, [4, []]], 5], [[6]]])))
def sub(n):
    for i in range(n):
        yield i
    return n * 100
def collect():
    totals = []
    for n in (1, 2, 3):
        r = yield from sub(n)
        totals.append(r)
    return totals
c = collect()
items = []
try:
    while True:
        items.append(next(c))
except StopIteration as e:
    print(items, e.value)
