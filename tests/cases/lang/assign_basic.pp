# Plain, chained and tuple/list assignment.
a = 1
b = c = d = [1, 2]
print(a, b, c, d)
c.append(3)
print(b is c, d)
x, y = 10, 20
x, y = y, x
print(x, y)
[p, q, r] = "xyz"
print(p, q, r)
(m, n), o = (1, 2), 3
print(m, n, o)
t = 1, 2, 3
print(t, type(t).__name__)
s = 4,
print(s, len(s))
i, (j, [k, l]) = 0, (1, [2, 3])
print(i, j, k, l)
for idx, (ch, num) in enumerate(zip("ab", [5, 6])):
    print(idx, ch, num)
v = w = 0
v += 1
print(v, w)
try:
    e, f = 1, 2, 3
except ValueError as err:
    print("ValueError:", err)
try:
    e, f, g = 1, 2
except ValueError as err:
    print("ValueError:", err)
