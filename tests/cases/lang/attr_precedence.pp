# Which wins between an instance's dict and its class, for reads and
# writes: properties and __set__ descriptors take precedence, plain class
# attributes and methods do not, and classes changed after their instances
# exist are seen at once.


class Setter:
    def __set__(self, obj, value):
        print("Setter.__set__", value)
        obj.__dict__["seen"] = value

    def __get__(self, obj, owner):
        return "from descriptor"


class Base:
    limit = 10

    def method(self):
        return "method"

    @property
    def area(self):
        return "property area"


class Shape(Base):
    seen = Setter()

    def __init__(self):
        self.x = 1
        self.limit = 20


s = Shape()
print(s.x, s.limit, Base.limit, s.area, s.method())
s.__dict__["area"] = "dict area"
s.__dict__["method"] = "dict method"
print(s.area, s.method)
s.seen = 5
print(s.seen, s.__dict__["seen"])
try:
    s.area = 3
except AttributeError as e:
    print("AttributeError:", e)

# A property added to the class after the instance holds the name.
s.y = "dict y"
Shape.y = property(lambda self: "property y")
print(s.y)
del Shape.y
print(s.y)

# A read-only property of the same name in a subclass takes the
# assignment in the inherited __init__.
class Sub(Shape):
    x = property(lambda self: "property x")


try:
    Sub()
except AttributeError as e:
    print("AttributeError:", e)


class Logged:
    def __setattr__(self, name, value):
        print("Logged.__setattr__", name, value)
        object.__setattr__(self, name, value)


g = Logged()
g.a = 1
print(g.a)
Logged.__setattr__ = object.__setattr__
g.b = 2
print(g.b, sorted(g.__dict__))


class Plain:
    pass


p = Plain()
p.v = 1
Plain.v = property(lambda self: "class property v", lambda self, v: print("set v", v))
p.v = 2
print(p.v, p.__dict__)
