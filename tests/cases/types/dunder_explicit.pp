# Dunder methods of built-in values called by name answer what the
# protocol (repr(), len(), hash(), in, [], format()) answers.
print([1, "a"].__repr__(), {}.__repr__(), {1: 2}.__repr__(), (1,).__repr__())
print("a".__repr__(), (5).__repr__(), (1.5).__repr__(), set().__repr__())
print(None.__repr__(), True.__repr__(), b"x".__repr__(), range(3).__repr__())
print(frozenset([1]).__repr__(), bytearray(b"a").__repr__())
print(int.__repr__(5), list.__repr__([1]), dict.__repr__({}), bool.__repr__(False))
print("a".__str__(), (5).__str__(), [1].__str__(), str.__str__("s"))
print("ab".__len__(), [1, 2].__len__(), {1: 2}.__len__(), {1}.__len__(), range(4).__len__())
print([1].__contains__(1), "ab".__contains__("c"), {1: 2}.__contains__(1), range(3).__contains__(2))
print({1: 2}.__getitem__(1), "ab".__getitem__(0), (1, 2).__getitem__(-1), b"ab".__getitem__(0))
print("abc".__getitem__(slice(1, None)), range(5).__getitem__(2), str.__len__("abc"))
print("ab".__iter__().__next__(), [3, 4].__iter__().__next__(), {7: 8}.__iter__().__next__())
print("a".__hash__() == hash("a"), (5).__hash__(), (1, 2).__hash__() == hash((1, 2)))
print((2.5).__hash__() == hash(2.5), frozenset([1]).__hash__() == hash(frozenset([1])))
print([].__hash__, {}.__hash__, set().__hash__, bytearray().__hash__)
print((3).__format__("05"), "x".__format__(">3"), (2.5).__format__(".2f"), True.__format__(""))
print((3).__bool__(), (0.0).__bool__(), None.__bool__())
print((3).__neg__(), (3).__pos__(), (-3).__abs__(), (-3).__invert__(), (2.5).__neg__())
print((3.7).__int__(), (3).__float__(), (3).__index__(), True.__int__())
print((7).__divmod__(2), (7).__rdivmod__(2), (7.5).__divmod__(2), (7).__divmod__(2.0))
print((1).__add__(2), (5).__lt__(6.0), (5.0).__lt__(6), (5).__eq__(5.0), (5).__eq__(5))
print(object.__repr__([1]).startswith("<list object at 0x"))


class L(list):
    pass


class S(set):
    pass


print(repr(L([1])), repr(S({1})), str(L([2])), L([3]).__len__())
try:
    hash(L())
except TypeError as e:
    print("TypeError:", e)
try:
    {}.__getitem__("k")
except KeyError as e:
    print("KeyError:", e)
print((2).__pow__(3, 5), (2).__pow__(3), (2).__rpow__(3), (2).__pow__(3.0), (2.0).__pow__(3, None))
print("%s".__rmod__(1), "x".__rmod__("%s!"), "%d".__mod__(4))
print(len.__repr__(), type.__repr__(int), (lambda: 0).__repr__()[:18], None.__hash__() == hash(None))
print((x for x in []).__repr__()[:27], [].append.__repr__()[:38])
for attempt in [lambda: [1].__add__((2,)), lambda: (1,).__add__([1]), lambda: "a".__mul__(1.5)]:
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
