# keys(), values(), items() views: dynamic, set-like operations, repr.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it)
d["d"] = 4
print(list(k), list(v), len(it))
print("a" in k, 2 in v, ("b", 2) in it, ("b", 3) in it)
print(sorted(k & {"a", "z", "c"}), sorted(k | {"q"}), sorted(k - {"a"}), sorted(k ^ {"a", "q"}))
print(sorted(it & {("a", 1), ("b", 9)}))
for key, val in d.items():
    print(key, val, end="; ")
print()
print(list(zip(d.values(), d.keys())))
try:
    for key in d:
        d["new"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(type(k).__name__, type(v).__name__, type(it).__name__)
print(d.keys() == {"a", "b", "c", "d", "new"}, list(reversed(d.keys())))
print(max(d.values()), sum(d.values()), sorted(d, key=d.get))
