# type(), id() stability, hash() values that match CPython.
print(type(1), type("x"), type([]), type(type), type(None))
a = [1]
print(id(a) == id(a), id(a) != id([1]), type(id(a)).__name__, id(a) > 0)
x = "keep"
y = x
print(id(x) == id(y))
print(hash(0), hash(1), hash(-1), hash(-2), hash(2 ** 61 - 1), hash(2 ** 61), hash(2 ** 61 + 5))
print(hash(-(2 ** 61)), hash(2 ** 100), hash(-(2 ** 100)), hash(10 ** 30))
print(hash(True), hash(False), hash(1.0), hash(1.5), hash(-0.5), hash(0.1), hash(2.0 ** 70))
print(hash(float("inf")), hash(float("-inf")), hash(1e100))
print(hash((1, 2)) == hash((1, 2)), hash(("a",)) == hash(("a",)), hash((1, 2)) == hash((1.0, 2)))
print(hash("abc") == hash("abc"), hash(b"x") == hash(b"x"), hash(frozenset()) == hash(frozenset()))
class H:
    def __hash__(self):
        return 12345
print(hash(H()))
class BadHash:
    def __hash__(self):
        return "no"
try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)
print(type(3)(4), type(type(3)).__name__)
