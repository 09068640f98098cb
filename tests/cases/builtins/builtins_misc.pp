# Assorted builtins: ascii, bin/hex on __index__, hash of equal numbers, id uniqueness, NotImplemented.
print(ascii("plain"), ascii("ü"), ascii(1), ascii([1, "ß"]))
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False))
objs = [object() for _ in range(3)]
print(len({id(o) for o in objs}))
print(NotImplemented, repr(NotImplemented), bool(3 .__eq__("x") is NotImplemented))
print(int.__add__(2, 3), str.upper("abc"), list.__len__([1, 2]), dict.get({"a": 1}, "a"))
print((5).__add__(1.0), (5).__radd__(1), (2.0).__mul__(3))
print(divmod(10, 3), pow(3, 2), max("ab", "b"), min((1, 2), (0, 9)))
print(sorted(map(lambda kv: kv[0], {"b": 1, "a": 2}.items())))
print(list(zip(*zip("ab", "cd"))))
print(isinstance(print, object), callable(print), print.__name__, len.__name__)
print(all(map(callable, [len, abs, max, min, sum])), type(abs).__name__)
