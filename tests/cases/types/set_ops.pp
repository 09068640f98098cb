# set operators and methods (printed sorted or with small ints only).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union([9]), a.intersection(range(3)), a.difference({1}), a.symmetric_difference([4, 6]))
print({1, 2} <= a, {1, 2} < a, a < a, a <= a, a >= {1}, a > {9}, {1}.issubset(a), a.issuperset([1, 2]))
print(a.isdisjoint({7, 8}), a.isdisjoint(b), {1, 2} == {2, 1}, set() == set(), {1} == frozenset({1}))
s = set()
s.add(3); s.add(1); s.add(3)
print(s, len(s))
s.update([5, 6], {7})
s.discard(100)
s.remove(5)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError:", e)
p = s.pop()
print(p in {1, 3, 6, 7}, len(s))
s.clear()
print(s, set("aab") == {"a", "b"}, sorted(set("hello")))
c = {1, 2, 3}
c |= {4}; c &= {1, 2, 4}; c -= {1}; c ^= {9, 2}
print(sorted(c))
print(sorted({"pear", "apple", "fig"}), len({"x", "y", "x"}), "x" in {"x"})
print(set([1, 1, 2]), set(range(3)), set(), type({}).__name__, {0, 0.0, False})
try:
    {[1]}
except TypeError as e:
    print("TypeError:", e)
try:
    {1} + {2}
except TypeError as e:
    print("TypeError:", e)
