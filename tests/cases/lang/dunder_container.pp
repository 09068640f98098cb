# __getitem__, __setitem__, __delitem__, __contains__ with ints, slices and keys.
class Grid:
    def __init__(self):
        self.cells = {}
    def __getitem__(self, key):
        print("  get", key)
        if isinstance(key, slice):
            return (key.start, key.stop, key.step)
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        print("  set", key, value)
        self.cells[key] = value
    def __delitem__(self, key):
        print("  del", key)
        del self.cells[key]
    def __contains__(self, key):
        return key in self.cells
g = Grid()
g[0, 0] = "X"
g[1, 2] = "O"
print(g[0, 0], g[5, 5])
print(g[1:5], g[::2], g[:])
print((1, 2) in g, (3, 3) in g, (3, 3) not in g)
del g[0, 0]
print((0, 0) in g)
try:
    del g[9, 9]
except KeyError as e:
    print("KeyError:", e)
class Squares:
    def __getitem__(self, i):
        if not 0 <= i < 5:
            raise IndexError("out of range")
        return i * i
    def __len__(self):
        return 5
sq = Squares()
print(sq[3], list(sq), 16 in sq, 15 in sq, len(sq))
print(list(reversed(sq)))
m = Grid()
m["a"] = 1
m["a"] += 5
print(m.cells)
