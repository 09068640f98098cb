# Dict stores after deletions: keys deleted and set again (their old slots
# stay behind until compaction), equal keys of different types (1, 1.0,
# True), and keys whose equality only their __eq__ can decide, whose
# __eq__ calls are counted.
d = {}
for i in range(40):
    d[i] = i
for i in range(0, 40, 3):
    del d[i]
for i in range(0, 40, 6):
    d[i] = -i
print(len(d), list(d.items())[:8], d.get(3), d.get(6))
d[1.0] = "float one"
d[True] = "true"
print(d[1], len(d))


class Key:
    eq_calls = 0

    def __init__(self, name):
        self.name = name

    def __hash__(self):
        return 7

    def __eq__(self, other):
        Key.eq_calls += 1
        return isinstance(other, Key) and self.name == other.name

    def __repr__(self):
        return "Key(%r)" % self.name


k = {}
k[Key("a")] = 1
k[Key("b")] = 2
k[Key("a")] = 3
del k[Key("b")]
k[Key("b")] = 4
k[7] = "int seven"
print(k, Key.eq_calls > 0)
s = set(range(10))
for i in range(10):
    s.discard(i)
    s.add(i)
print(sorted(s), len(s))
