# super() in various forms and the object base class.
class Base:
    def __init__(self):
        self.trace = ["Base"]
    def name(self):
        return "Base"
class Mid(Base):
    def __init__(self):
        super().__init__()
        self.trace.append("Mid")
    def name(self):
        return "Mid/" + super().name()
class Leaf(Mid):
    def __init__(self):
        super(Leaf, self).__init__()
        self.trace.append("Leaf")
    def name(self):
        return "Leaf/" + super().name()
l = Leaf()
print(l.trace, l.name(), super(Mid, l).name())
o = object()
print(type(o).__name__, isinstance(o, object), o == o, o != object())
try:
    o.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
print(object.__eq__(o, o), object.__eq__(o, 1), object.__ne__(o, 1))
class Plain:
    pass
print(str(Plain()).startswith("<__main__.Plain object at"), Plain.__init__ is object.__init__)
try:
    super()
except RuntimeError as e:
    print("RuntimeError:", e)
class Str(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(Str("abc"), type(Str("x")).__name__, isinstance(Str("y"), str))
class Collector(list):
    def append(self, x):
        super().append(x * 2)
c = Collector()
c.append(5)
print(c, len(c))
