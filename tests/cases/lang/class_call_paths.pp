# Instantiation and attribute access through every path: plain classes,
# __init__ with defaults and keywords, __init__ returning a value (an
# error), exceptions raised in __init__ and in property getters, custom
# __new__, subclasses using super().__init__, properties shadowing
# instance attributes, and attributes whose class changes under a loop.


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

    @property
    def norm1(self):
        return super().norm1 + abs(self.z)


pts = [Point(i, -i) for i in range(3)] + [Point3(1, 2, -3)]
print(pts, [p.norm1 for p in pts])


class Defaults:
    def __init__(self, a, b=2, *, c=3):
        self.total = a + b + c


print(Defaults(1).total, Defaults(1, 5).total, Defaults(1, c=10).total)


class ReturnsValue:
    def __init__(self):
        return 42


try:
    ReturnsValue()
except TypeError as e:
    print("TypeError:", e)


class FailsInInit:
    def __init__(self, n):
        self.n = 10 // n


try:
    FailsInInit(0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


class Shadow:
    def __init__(self):
        self.__dict__["value"] = "instance"

    @property
    def value(self):
        return "property"


print(Shadow().value, Shadow().__dict__)


class Singleton:
    _instance = None

    def __new__(cls, *args):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.count = 0
        return cls._instance

    def __init__(self, k):
        self.count += k


print(Singleton(1).count, Singleton(2).count, Singleton(3) is Singleton(0))


class A:
    def __init__(self):
        self.tag = "A"


class B:
    def __init__(self):
        self.extra = 1
        self.tag = "B"


def tags(objs):
    return [o.tag for o in objs]


print(tags([A(), B(), A(), B()]))
a = A()
a.__class__ = B
print(tags([a, a]), type(a).__name__)


class Later:
    def __init__(self, v):
        self.v = v


objs = [Later(i) for i in range(3)]
Later.v = property(lambda self: "class property")
print([o.v for o in objs])


class Broken:
    @property
    def attr(self):
        return self.missing


Broken().attr
