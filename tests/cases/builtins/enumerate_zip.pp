# enumerate with start, zip with several/unequal iterables and strict=True.
print(list(enumerate("abc")), list(enumerate("abc", start=10)), list(enumerate([], 5)))
for i, (a, b) in enumerate(zip("xy", [1, 2]), 1):
    print(i, a, b)
e = enumerate(["p", "q"])
print(next(e), next(e), next(e, "end"))
print(list(zip([1, 2, 3], "ab")), list(zip()), list(zip([1])), list(zip(range(3), range(3), range(3))))
print(dict(zip(["k1", "k2"], [10, 20])), list(zip(*[(1, "a"), (2, "b")])))
print(list(zip([1, 2], [3, 4], strict=True)))
try:
    list(zip([1, 2, 3], "ab", strict=True))
except ValueError as err:
    print("ValueError:", err)
try:
    list(zip([1], "ab", strict=True))
except ValueError as err:
    print("ValueError:", err)
try:
    list(zip([1, 2], "ab", (3,), strict=True))
except ValueError as err:
    print("ValueError:", err)
z = zip(range(10), "abc")
print(next(z), list(z))
print(list(enumerate(zip("ab", "cd"))), enumerate("x").__next__())
