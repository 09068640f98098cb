# Subclasses of built-in types extend the base's dunders through super().
class S(str):
    def __str__(self): return "S:" + super().__str__()
    def __repr__(self): return "S" + super().__repr__()
class L(list):
    def __repr__(self): return "L" + super().__repr__()
    def __iadd__(self, o):
        print("iadd")
        return super().__iadd__(o)
class D(dict):
    def __repr__(self): return "D" + super().__repr__()
    def __getitem__(self, k): return super().__getitem__(k) * 2
    def __len__(self): return super().__len__() + 100
class I(int):
    def __format__(self, spec): return "<" + super().__format__(spec) + ">"
    def __hash__(self): return super().__hash__() + 1
    def __bool__(self): return not super().__bool__()
    def __neg__(self): return super().__neg__() * 10
    def __add__(self, o): return super().__add__(o) + 1000
class FS(frozenset):
    def __repr__(self): return "FS" + super().__repr__()
s = S("x"); l = L([1]); d = D(a=1); i = I(5)
print(str(s), repr(s), f"{s}", [s])
l += [2]
print(l, type(l).__name__, repr(L()))
print(d, d["a"], len(d))
print(f"{i:03}", format(i, "x"), hash(i), bool(i), bool(I(0)), -i, i + 1, 1 + i)
print(repr(FS([1])))
class E(Exception):
    def __str__(self): return "E:" + super().__str__()
print(str(E("m")), repr(E("m")))
