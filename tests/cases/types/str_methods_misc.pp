# str.format method basics, str() of objects, str constructor, string iteration.
print("{} + {} = {}".format(1, 2, 3), "{1}{0}".format("a", "b"), "{x}".format(x="kw"))
print(str(), str(5), str(-2.5), str(None), str([1, "a", None]), str((1,)), str({"a": [1]}))
print(str(b"x"), str("already"), str(True))
count = 0
for ch in "hello":
    count += ch == "l"
print(count)
print(list(enumerate("ab")), dict(zip("ab", "xy")))
print("abc".index("c"), "a,b".split(",")[1], "%d items" % 3)
print("Hello"[::-1].lower(), "hello".count("l") == 2, "hello".upper().isupper())
s = "immutable"
t = s.upper()
print(s, t, s is not t)
print("".join(sorted("python")), "".join(c for c in "a1b2" if c.isdigit()))
print("tic-tac-toe".split("-", -1), "x".join(["1"]))
