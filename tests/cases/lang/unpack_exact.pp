# Unpacking tuples and lists of the right and wrong lengths, nested, and
# from a list changed between unpackings.

a, b, c = (1, 2, 3)
print(a, b, c)
x, y = [4, [5, 6]]
print(x, y)
(p, q), [r, s] = ([7, 8], (9, 10))
print(p, q, r, s)
items = [1, 2]
for _ in range(3):
    try:
        u, v = items
        print("ok", u, v)
    except ValueError as e:
        print("ValueError:", e)
    items.append(len(items))
for seq in [(1,), (1, 2, 3, 4), [], [1, 2, 3, 4]]:
    try:
        i, j, k = seq
    except ValueError as e:
        print("ValueError:", e)
t = (1, 2)
t2 = t
m, n = t
print(m, n, t is t2, t)
try:
    a, b = 5
except TypeError as e:
    print("TypeError:", e)
