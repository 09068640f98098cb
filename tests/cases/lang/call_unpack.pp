# Calling with * and ** unpacking, multiple unpackings in one call.
def show(*args, **kwargs):
    return "args=%s kwargs=%s" % (args, sorted(kwargs.items()))
a = [1, 2]
b = (3,)
d1 = {"x": 1}
d2 = {"y": 2}
print(show(*a, *b))
print(show(0, *a, 9, *b))
print(show(**d1, **d2))
print(show(*range(3), z=0, **d1))
print(show(*"hi", **{"k": "v"}))
def point(x, y, z=0):
    return (x, y, z)
print(point(*[1, 2]))
print(point(**{"y": 5, "x": 4}))
print(point(1, *[2], **{"z": 3}))
try:
    point(*[1, 2, 3, 4])
except TypeError as e:
    print("TypeError:", e)
print(*[1, 2, 3], sep="-")
print(*"abc")
print(*[])
