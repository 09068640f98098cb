# Attribute, subscript and slice assignment targets.
class Obj:
    pass
o = Obj()
o.a = 1
o.b = o.a + 1
setattr(o, "c", 3)
print(o.a, o.b, o.c, sorted(vars(o)))
lst = list(range(10))
lst[0] = "zero"
lst[-1] = "nine"
print(lst)
lst[2:5] = ["x"]
print(lst)
lst[1:1] = [100, 200]
print(lst)
lst[::2] = [0] * len(lst[::2])
print(lst)
try:
    lst[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
d = {}
d["a"] = d["b"] = 1
d[(1, 2)] = "tuple key"
print(d)
grid = [[0, 0], [0, 0]]
grid[0][1] = 5
print(grid)
o.items = [1, 2, 3]
o.items[1] = 20
o.items[2:] = "ab"
print(o.items)
a = [1, 2, 3]
i = 0
i, a[i] = 1, 9
print(i, a)
x = [0, 0]
x[0], x[1] = "L", "R"
print(x)
