# type(x).__name__ for many values and type identity checks.
values = [1, 1.0, True, None, "s", b"b", bytearray(), [], (), {}, set(), frozenset(), range(1),
          slice(1), len, print, lambda: 0, type, object(), Exception(), iter([]), iter({}),
          (x for x in []), enumerate([]), zip(), map(abs, []), filter(None, []), reversed([]), NotImplemented, ...]
for v in values:
    print(type(v).__name__)
print(type(type(1)) is type, type(int) is type, type(None)() is None)
