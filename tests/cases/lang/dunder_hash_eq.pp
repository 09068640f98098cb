# __eq__ and __hash__: objects as dict keys and set members.
class Key:
    def __init__(self, name, n):
        self.name = name
        self.n = n
    def __eq__(self, other):
        return isinstance(other, Key) and (self.name, self.n) == (other.name, other.n)
    def __hash__(self):
        return hash((self.name, self.n))
    def __repr__(self):
        return "Key(%s,%d)" % (self.name, self.n)
d = {Key("a", 1): "first"}
d[Key("a", 1)] = "replaced"
d[Key("b", 2)] = "second"
print(len(d), d[Key("a", 1)], d)
s = {Key("x", 1), Key("x", 1), Key("y", 1)}
print(len(s), Key("x", 1) in s, Key("z", 0) in s)
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__)
try:
    {EqOnly()}
except TypeError as e:
    print("TypeError:", e)
class Plain:
    pass
p1, p2 = Plain(), Plain()
print(p1 == p2, p1 == p1, len({p1, p2, p1}))
print(hash(p1) == hash(p1))
class IntLike:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        return self.v == other
    def __hash__(self):
        return hash(self.v)
d2 = {1: "int one"}
print(d2[IntLike(1)])
print(IntLike(2) in {2, 3})
