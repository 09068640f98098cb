# Unpacking in list/tuple/set/dict displays.
a = [1, 2]
b = (3, 4)
print([*a, *b], (*a, 5), [*"hi", *range(2)])
print(sorted({*a, *b, 1}))
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2})
print({**d2, **d1})
print({**d1, "y": "literal", **{"w": 0}})
print([*[], *()], {**{}})
t = *a, *b
print(t)
first, *rest = *a, *b
print(first, rest)
print([*(x * 2 for x in range(3))])
def f(*args):
    return args
print(f(*a, *b, *"cd"))
