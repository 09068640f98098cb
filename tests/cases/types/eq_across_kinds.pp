# Equality inside containers for values whose kinds differ but compare equal
# (bytes/bytearray), slices and ranges, and ranges as dict keys.
print([slice(1, 2)] == [slice(1, 2)], (b"x",) == (bytearray(b"x"),), [bytearray(b"a")] == [b"a"])
print((range(2),) == (range(0, 2),), {range(3): "r"}[range(0, 3, 1)], range(0) == range(5, 5))
print(hash(range(0)) == hash(range(5, 5)), hash(range(1, 2, 3)) == hash(range(1, 2)))
d = {1: "a", "x": 2, (1, b"q"): 3, None: 4}
print(d[1.0], d[True], (1.0, b"q") in d, "y" in d)
try:
    hash(slice(1))
except TypeError as e:
    print(e)
