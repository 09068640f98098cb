# center, ljust, rjust, zfill.
for w in ["a", "abc", "abcdef"]:
    print("[" + w.center(5) + "]", "[" + w.center(6, "*") + "]", "[" + w.ljust(4, ".") + "]", "[" + w.rjust(4) + "]")
print("42".zfill(5), "-42".zfill(5), "+42".zfill(5), "abc".zfill(6), "12345".zfill(3), "".zfill(2))
print("x".center(4, "-"), "xy".center(5, "-"), "x".center(2, "-"), "ab".center(1))
try:
    "a".center(5, "ab")
except TypeError as e:
    print("TypeError:", e)
print("%s|" % "abc".ljust(0), "abc".rjust(-1))
table = [("apples", 3), ("kiwi", 12), ("bananas", 100)]
for name, n in table:
    print(name.ljust(10, ".") + str(n).rjust(5))
