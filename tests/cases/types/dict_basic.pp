# dict: insertion order, overwriting keeps position, deletion, key types, equality.
d = {"b": 1, "a": 2}
d["c"] = 3
d["b"] = 10
print(d, list(d), len(d))
del d["b"]
d["b"] = 20
print(d)
print(d["a"], "a" in d, "z" in d, 2 in d, "z" not in d)
keys = {1: "int", 1.0: "float overwrites value", True: "bool too", (1, 2): "tuple", None: "none", "1": "str"}
print(keys)
print({} == dict(), {"a": 1, "b": 2} == {"b": 2, "a": 1}, {1: 1} != {1: 2})
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e, repr(e))
try:
    {}[[1]] = 2
except TypeError as e:
    print("TypeError:", e)
print(dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": "v"}, extra=0), dict(zip("ab", [1, 2])))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0))
nested = {"outer": {"inner": [1, {"deep": True}]}}
print(nested["outer"]["inner"][1]["deep"], nested)
counts = {}
for w in "the quick the lazy the end quick".split():
    counts[w] = counts.get(w, 0) + 1
print(counts)
try:
    {"a": 1} < {"b": 2}
except TypeError as e:
    print("TypeError:", e)
