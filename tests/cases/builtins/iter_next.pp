# iter(), next() with default, iter(callable, sentinel).
it = iter([1, 2])
print(next(it), next(it), next(it, "default"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
s = iter("ab")
print(list(s), list(s))
d = iter({"x": 1, "y": 2})
print(next(d), next(d))
values = [5, 4, 3, 0, 9]
pos = [0]
def reader():
    v = values[pos[0]]
    pos[0] += 1
    return v
print(list(iter(reader, 0)), pos)
lines = iter(["first", "second", "", "after empty"])
print(list(iter(lambda: next(lines), "")))
print(next(lines))
count = [0]
def tick():
    count[0] += 1
    return count[0]
print([x for x in iter(tick, 4)])
try:
    next([1])
except TypeError as e:
    print("TypeError:", e)
try:
    iter(5, 0)
except TypeError as e:
    print("TypeError:", e)
i1 = iter(range(3))
print(iter(i1) is i1, list(zip(i1, i1)))
