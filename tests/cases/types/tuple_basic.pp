# Tuples: creation, immutability, methods, comparison, packing, hashing.
t = (1, "two", [3])
print(t, len(t), t[1], t[-1], t[:2], t[::-1])
print((), (1,), tuple(), tuple("ab"), tuple([1, 2]), 1, 2)
print(type(()).__name__, type((1)).__name__, type((1,)).__name__)
t[2].append(4)
print(t)
try:
    t[0] = 9
except TypeError as e:
    print("TypeError:", e)
print((1, 2, 2, 3).count(2), (1, 2, 3).index(3), (1, 2) + (3,), (0,) * 3)
try:
    (1, 2).index(5)
except ValueError as e:
    print("ValueError:", e)
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2))
print({(1, 2): "tuple keys"}, hash((1, 2)) == hash((1, 2)))
try:
    hash((1, [2]))
except TypeError as e:
    print("TypeError:", e)
point = 3, 4
x, y = point
print(x, y, point)
print(tuple(i * i for i in range(4)), (1, (2, (3,))), (None,) * 2)
print(max((1, 5), (1, 7)), sorted([(2, "b"), (1, "z"), (2, "a")]))
print(repr((1,)), str(("a", 1.0)), 3 in (1, 2, 3))
