# frozenset: immutable, hashable, interoperates with set.
f = frozenset([3, 1, 2])
print(f, frozenset(), len(f), 2 in f)
print(f | {4}, type(f | {4}).__name__, type({4} | f).__name__, f & {1, 9}, f - {1})
d = {f: "frozen key", frozenset(): "empty"}
print(d[frozenset({1, 2, 3})], d[frozenset()])
nested = {frozenset({1}), frozenset({1}), frozenset({2})}
print(len(nested))
try:
    f.add(4)
except AttributeError as e:
    print("AttributeError:", e)
print(f == {1, 2, 3}, hash(f) == hash(frozenset([1, 2, 3])), f.issubset(range(5)))
print(f.union([7]), f.copy() is f or f.copy() == f, sorted(f))
print(frozenset("aba") == frozenset("ab"), repr(frozenset({5})))
