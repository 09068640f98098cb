# dict methods: get, setdefault, pop, popitem, update, copy, clear, fromkeys.
d = {"a": 1, "b": 2}
print(d.get("a"), d.get("z"), d.get("z", "default"))
print(d.setdefault("a", 100), d.setdefault("c", 3), d.setdefault("d"), d)
print(d.pop("d"), d.pop("zz", "fallback"), d)
try:
    d.pop("zz")
except KeyError as e:
    print("KeyError:", e)
d["e"] = 5
print(d.popitem(), d.popitem(), d)
try:
    {}.popitem()
except KeyError as e:
    print("KeyError:", e)
d.update({"x": 1, "a": "updated"})
d.update([("y", 2)], z=3)
d.update(w=4)
print(d)
c = d.copy()
c["a"] = "copy only"
print(d["a"], c["a"])
c.clear()
print(c, d is not c)
print(sorted(d.items(), key=lambda kv: str(kv[1])))
m = {"a": 1, "b": 2} | {"b": 3, "c": 4}
print(m)
m |= {"d": 5}
print(m)
print({1: 2} | {}, {} | {1: 2})
try:
    {1: 2} | [(3, 4)]
except TypeError as e:
    print("TypeError:", e)
print(list(reversed({"x": 1, "y": 2, "z": 3})))
