# Slice assignment (growing/shrinking), extended slices, del with slices.
a = list(range(8))
a[2:4] = ["a", "b", "c", "d"]
print(a)
a[:3] = []
print(a)
a[len(a):] = [100]
print(a)
a[-2:] = "xy"
print(a)
b = list(range(10))
b[::3] = ["A", "B", "C", "D"]
print(b)
b[::-2] = range(5)
print(b)
c = list(range(10))
del c[1::2]
print(c)
del c[::-1]
print(c)
d = [1, 2, 3]
d[1:1] = d
print(d)
e = [1, 2, 3, 4, 5]
e[3:1] = ["inserted"]
print(e)
try:
    e[::2] = [0]
except ValueError as err:
    print("ValueError:", err)
try:
    e[1:2] = 5
except TypeError as err:
    print("TypeError:", err)
f = [0] * 5
f[1:4] = (i * i for i in range(1, 4))
print(f)
