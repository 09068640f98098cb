# Rich comparisons, reflected operations and NotImplemented.
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))
    def __eq__(self, other):
        print("  eq", self, other)
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts == other.parts
    def __lt__(self, other):
        print("  lt", self, other)
        if not isinstance(other, Version):
            return NotImplemented
        return self.parts < other.parts
    def __le__(self, other):
        return self == other or self < other
a, b = Version(1, 2), Version(1, 10)
print(a < b)
print(b > a)
print(a <= b)
print(a == Version(1, 2), a != b)
print(a == "1.2")
print(sorted([Version(2), Version(1, 5), Version(1)]))
try:
    a < 5
except TypeError as e:
    print("TypeError:", e)
class Num:
    def __init__(self, v):
        self.v = v
    def __gt__(self, other):
        return "Num.__gt__ called"
print(5 < Num(1))
class Always:
    def __eq__(self, other):
        return True
print(Always() == 3, 3 == Always(), Always() != 3)
print(max([Version(3), Version(1)], key=lambda v: v.parts))
