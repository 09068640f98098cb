# @staticmethod and @classmethod, alternate constructors, cls in subclasses.
class Temperature:
    scale = "C"
    def __init__(self, degrees):
        self.degrees = degrees
    @classmethod
    def from_fahrenheit(cls, f):
        return cls(round((f - 32) * 5 / 9, 2))
    @staticmethod
    def is_freezing(deg):
        return deg <= 0
    @classmethod
    def describe(cls):
        return cls.__name__ + " in " + cls.scale
class Kelvinish(Temperature):
    scale = "K"
t = Temperature.from_fahrenheit(212)
print(type(t).__name__, t.degrees)
k = Kelvinish.from_fahrenheit(32)
print(type(k).__name__, k.degrees)
print(Temperature.is_freezing(-1), t.is_freezing(5))
print(Temperature.describe(), Kelvinish.describe(), k.describe())
class Registry:
    items = []
    @classmethod
    def register(cls, x):
        cls.items.append(x)
        return len(cls.items)
print(Registry.register("a"), Registry().register("b"), Registry.items)
class Util:
    @staticmethod
    def add(a, b=1):
        return a + b
print(Util.add(1), Util().add(2, 3))
sm = Util.__dict__["add"]
print(type(sm).__name__, type(Temperature.__dict__["describe"]).__name__)
