# Starred unpacking in assignment targets.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "hello"
print(init, last)
a, *mid, z = range(6)
print(a, mid, z)
a, *mid, z = (1, 2)
print(a, mid, z)
[x, *y] = (9,)
print(x, y)
for h, *t in [(1, 2, 3), (4,), "ab"]:
    print(h, t)
(p, *q), r = [1, 2, 3], 4
print(p, q, r)
*everything, = {"only": 1}
print(everything)
try:
    a, *b, c = [1]
except ValueError as e:
    print("ValueError:", e)
head, *_ = "abc"
print(head, _)
