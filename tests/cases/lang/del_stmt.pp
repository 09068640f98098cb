# del of names, list items, slices, dict keys and attributes.
x = 10
del x
try:
    x
except NameError as e:
    print("NameError:", e)
lst = list(range(10))
del lst[0]
print(lst)
del lst[-1]
print(lst)
del lst[1:3]
print(lst)
del lst[::2]
print(lst)
del lst[:]
print(lst)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError:", e)
class O:
    pass
o = O()
o.attr = 1
o.other = 2
del o.attr
print(vars(o))
try:
    del o.attr
except AttributeError as e:
    print("AttributeError:", e)
a, b, c = 1, 2, 3
del a, b
print(c, "a" in globals(), "b" in globals())
nested = [[1, 2], [3, 4]]
del nested[0][1], nested[1]
print(nested)
try:
    del lst[5]
except IndexError as e:
    print("IndexError:", e)
