# !r, !s, !a conversions and combining with format specs.
s = "héllo"
class P:
    def __repr__(self):
        return "P()"
    def __str__(self):
        return "p-str"
p = P()
print(f"{s!r} {s!s} {s!a}")
print(f"{p} {p!r} {p!s} {p!a}")
print(f"{s!r:>12}|{s!s:<8}|{p!r:*^9}")
print(f"{chr(9)!r} {'a' + chr(10)!r}")
print(f"{[1, 'x']!s} {[1, 'x']!r} {None!r} {3.0!s}")
print(f"{chr(39) + chr(34)!r} {chr(39)!r} {chr(34)!r}")
