# is / is not, None/True/False singletons, identity vs equality.
a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c)
print(None is None, type(None)() is None)
x = None
print(x is None, x == None, x is not None)
print(True is True, bool(1) is True, (1 == 1) is True)
print(type(()) is tuple)
def f():
    pass
print(f() is None)
s1 = "hello"
s2 = s1
print(s1 is s2)
class K:
    pass
k1 = K()
k2 = k1
k2.attr = 9
print(k1.attr, k1 is k2, K() is K())
print(type(k1) is K, type(3) is int, type(True) is bool, type(True) is int)
lst = [a, a]
lst[0].append(3)
print(lst, lst[0] is lst[1])
copy = list(a)
print(copy == a, copy is a)
