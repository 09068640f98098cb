# slice objects: attributes, repr, indices(), use with sequences, equality.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, 3), repr(slice(1, 2)))
print(s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10), slice(0, 100).indices(7))
data = list(range(12))
print(data[s], "abcdefghijkl"[s], tuple(data)[slice(None, None, 3)])
print(data[slice(-4, -1)], data[slice(None, None, -4)])
print(slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3), slice(1, 2, None) == slice(1, 2))
class Show:
    def __getitem__(self, key):
        return key
sh = Show()
print(sh[1:2], sh[::3], sh[1:2, 3], sh[...], sh[:, None], sh[-1])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
print(type(s).__name__)
