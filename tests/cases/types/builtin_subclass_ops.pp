# Subclasses of built-in types: operators on either side, inherited methods
# returning plain values, overrides winning, __missing__ on dict subclasses.
class S(str):
    def shout(self):
        return self.upper() + "!"


class L(list):
    def total(self):
        return sum(self)


class D(dict):
    def __missing__(self, key):
        return key * 2


class N(int):
    def __repr__(self):
        return "N(%d)" % int(self)


s = S("hi")
print("x" + s, s + "x", s * 2, type(s.upper()).__name__, s.shout(), len(s))
print(s == "hi", "hi" == s, s < "hz", isinstance(s, str), type(s).__name__)
l = L([3, 1, 2])
l.append(4)
print(l, len(l), l.total(), sorted(l), [0] + l, l[1:3], type(l[1:3]).__name__)
d = D(a=1)
print(d["a"], d["zz"], "zz" in d, len(d), sorted(d.items()))
n = N(5)
print(n, n + 1, 1 + n, n * n, repr(n), str(n), f"{n:03d}", hash(n) == hash(5))
print({s: 1}["hi"], {"hi": 2}[s])
