# repr of nested and self-referencing containers.
a = [1, 2]
a.append(a)
print(a)
print(len(a), a[2] is a, a[2][2][0])
b = [[1, [2, [3, []]]], "s", None, 1.5, True]
print(b, str(b) == repr(b))
d = {"k": 1}
d["self"] = d
print(d)
x = [1]
y = [x, x]
print(y)
x.append(y)
print(x)
nested = [a, {"in": a}]
print(nested)
t = ([],)
t[0].append(t)
print(t)
print([[]] * 3, [[], []] == [[]] * 2)
