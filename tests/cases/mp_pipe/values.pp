# Every built-in kind of value survives a trip through a Pipe, including
# shared references, cycles, exceptions and instances of module classes.
import multiprocessing as mp


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"


class Slotted:
    def __init__(self):
        self.items = [1, 2]

    def __getstate__(self):
        return {"items": self.items, "extra": "state"}

    def __setstate__(self, state):
        for k, v in state.items():
            setattr(self, k, v)
        self.restored = True


class AppError(Exception):
    pass


a, b = mp.Pipe()


def trip(v):
    a.send(v)
    return b.recv()


values = [
    None, True, False, 0, -1, 2**63 - 1, -2**63, 2**64, -(10**40), 1.5, -0.0,
    float("inf"), 1e-300, "", "ascii", "héllo wörld ✓ 日本 🐍", b"", b"\x00\xff",
    bytearray(b"mutable"), [], [1, [2, [3]]], (), (1,), (1, "two", 3.0),
    {}, {"a": 1, 2: "b", (3, 4): [5]}, set(), {1, 2, 3}, frozenset({"x", "y"}),
    range(0), range(2, 20, 3), range(10, 0, -2), Ellipsis, NotImplemented,
    slice(1, 10, 2), int, str, Point, len,
]
for v in values:
    r = trip(v)
    print(type(r).__name__, repr(r), r == v or r != r)

nan = trip(float("nan"))
print(nan != nan)

shared = [1, 2]
pair = trip([shared, shared, {"k": shared}])
print(pair, pair[0] is pair[1], pair[0] is pair[2]["k"])
pair[0].append(3)
print(pair)

cyc = [1]
cyc.append(cyc)
back = trip(cyc)
print(back, back[1] is back)

d = {"self": None}
d["self"] = d
dback = trip(d)
print(dback["self"] is dback)

p = trip(Point(1, [2, 3]))
print(type(p) is Point, p, p.x, p.y)

s = trip(Slotted())
print(s.items, s.extra, s.restored)

for e in [ValueError("bad value", 42), KeyError("k"), AppError("mine"),
          OSError(2, "No such file or directory"), StopIteration(7),
          ZeroDivisionError()]:
    r = trip(e)
    print(type(r).__name__, repr(r), r.args)
r = trip(OSError(2, "No such file or directory"))
print(type(r).__name__, r.errno, r.strerror)
r = trip(AppError("x"))
print(isinstance(r, AppError), isinstance(r, Exception))

nested = {"list": [1, (2, 3), {4, 5}], "t": (frozenset([1]), b"b", None),
          "deep": [[[[[[["bottom"]]]]]]]}
print(trip(nested) == nested)

# Several messages queue up in order.
for i in range(5):
    a.send(i * i)
print([b.recv() for i in range(5)])

a.close()
b.close()
