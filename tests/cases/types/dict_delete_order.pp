# Deleting from dicts: order of the survivors, re-inserted keys go last,
# popitem after deletions, and many deletions (compaction) keep it right.
d = {i: i * i for i in range(40)}
for k in list(d):
    if k % 3:
        del d[k]
print(len(d), list(d)[:5], list(d)[-3:])
d[1] = "back"
d[0] = "kept place"
print(list(d.items())[:2], list(d)[-1])
print(d.popitem(), d.popitem(), len(d))
del d[0]
print(next(iter(d)), 0 in d, d.get(0, "gone"))
e = {"a": 1, "b": 2, "c": 3}
del e["b"]
e["b"] = 4
print(e, list(reversed(e)), e.pop("a"), e)
big = {}
for i in range(2000):
    big[i] = i
    if i % 2:
        del big[i - 1]
print(len(big), list(big)[:4], sum(big.values()))
g = {"x": 1}
del g["x"]
print(g, len(g), bool(g))
try:
    g.popitem()
except KeyError as exc:
    print("KeyError", exc)
