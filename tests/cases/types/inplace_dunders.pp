# The in-place operator methods of mutable containers: they mutate the
# receiver and return it, or NotImplemented for an operand they refuse.
a = [1]
r = a.__iadd__([2, 3])
print(r, r is a)
print(a.__iadd__("xy"), a.__imul__(2) is a, len(a))
print([5].__imul__(0))
s = {1, 2, 3}
print(s.__ior__({4}) is s, sorted(s))
print(sorted(s.__iand__({1, 2, 4, 9})), sorted(s.__isub__({1})), sorted(s.__ixor__({2, 7})))
print(s.__ior__([1]), s.__iand__(frozenset([7])))
d = {1: 2}
print(d.__ior__({3: 4}) is d, d, d.__ior__([(5, 6)]))
print(hasattr(list, "__iadd__"), hasattr(list, "__imul__"), hasattr(tuple, "__iadd__"))
print(hasattr(set, "__ior__"), hasattr(frozenset, "__ior__"), hasattr(dict, "__ior__"))
print(hasattr(str, "__iadd__"), hasattr(int, "__iadd__"))
