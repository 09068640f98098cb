# Natives calling back into Python with one argument (map, filter, sort
# keys, min/max keys): plain functions, defaults, *args, closures, bound
# methods, classes, builtins, and errors raised inside the callback.


def ident(x):
    return x


def with_default(x, y=10):
    return x + y


def star(*args):
    return len(args)


def outer():
    k = 3
    return lambda x: x * k


class Box:
    def __init__(self, v):
        self.v = v

    def key(self, x):
        return -x

    def __repr__(self):
        return f"Box({self.v})"


b = Box(0)
print(list(map(ident, range(4))))
print(list(map(with_default, [1, 2])))
print(list(map(star, "ab")))
print(list(map(outer(), [1, 2])))
print(list(map(b.key, [1, 2])))
print(list(map(Box, [1, 2])))
print(list(map(str, [1, 2])))
print(list(filter(lambda x: x % 2, range(7))))
print(sorted([3, 1, 2], key=b.key), min([3, 1, 2], key=ident), max("abc", key=ord))
data = [5, 2, 9]
data.sort(key=with_default)
print(data)


def boom(x):
    if x == 2:
        raise ValueError("bad item %d" % x)
    return x


try:
    list(map(boom, range(5)))
except ValueError as e:
    print("ValueError:", e)
try:
    list(map(lambda a, b: a, [1]))
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, 2], key=lambda: 0)
except TypeError as e:
    print("TypeError:", e)
list(map(boom, range(3)))
