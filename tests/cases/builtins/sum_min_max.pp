# sum with start, min/max with key and default, multiple args.
print(sum([1, 2, 3]), sum([1, 2, 3], 10), sum([]), sum([], 5), sum([0.1] * 10), sum(range(101)))
print(sum([[1], [2]], []), sum([(1,), (2,)], ()), sum([1.5, 2]), sum([True, True]))
try:
    sum(["a", "b"], "")
except TypeError as e:
    print("TypeError:", e)
try:
    sum([1, "a"])
except TypeError as e:
    print("TypeError:", e)
print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max("hello"), min("b", "a"), max([1, 5], [1, 10]))
print(min(["apple", "fig", "banana"], key=len), max(["apple", "fig", "banana"], key=len))
print(max([], default="empty"), min([], default=None), max([3], default=0))
print(max([1, 3, 3, 2], key=lambda x: x % 3), min([(1, "b"), (1, "a")]))
print(max({"a": 3, "b": 9}, key={"a": 3, "b": 9}.get), min(range(5, 10)))
print(max(2, 2.0), max(2.0, 2), min(0, False), max(-0.0, 0.0))
for args in [((),), ([],)]:
    try:
        max(*args)
    except ValueError as e:
        print("ValueError:", e)
try:
    min(1)
except TypeError as e:
    print("TypeError:", e)
try:
    max(1, 2, default=0)
except TypeError as e:
    print("TypeError:", e)
# sum's own int and float additions at their edges.
print(sum([2**62, 2**62, 2**62]), sum([-2**63, -1]), sum([0.1] * 10))
print(sum([1, 2.5, 3]), sum([True, True, 2]), sum([1e308, 1e308]), sum((0.1, 0.2, 0.3)))
print(sum(x for x in range(100000)), sum([[1], [2]], []))
