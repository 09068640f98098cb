# sorted() and reversed() on various iterables.
print(sorted([3, 1, 2]), sorted("cab"), sorted((2, 1)), sorted({"b": 1, "a": 2}), sorted({5, 1, 3}))
print(sorted(range(5), reverse=True), sorted(["B", "a", "C"], key=str.lower), sorted([]))
print(sorted([(1, "b"), (0, "z"), (1, "a")]), sorted(["aa", "b", "ccc"], key=len, reverse=True))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(3))), list(reversed((1, 2))))
print(list(reversed({"x": 1, "y": 2})), "".join(reversed("stressed")))
r = reversed([1, 2])
print(type(r).__name__, next(r), next(r), next(r, None))
class Rev:
    def __reversed__(self):
        return iter("custom")
print(list(reversed(Rev())))
try:
    reversed({1, 2})
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([1, None])
except TypeError as e:
    print("TypeError:", e)
orig = [3, 1, 2]
s = sorted(orig)
print(orig, s, s is orig)
print(sorted([-1, 3, -2], key=abs), sorted(["10", "9", "100"]), sorted(["10", "9", "100"], key=int))
