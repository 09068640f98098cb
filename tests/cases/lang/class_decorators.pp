# Decorators applied to classes and to methods; decorators returning other objects.
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def add_hello(cls):
    cls.hello = lambda self: "hello from " + type(self).__name__
    return cls
@register
@add_hello
class Widget:
    pass
@register
class Gadget(Widget):
    pass
print(registry, Widget().hello(), Gadget().hello())
def singleton(cls):
    instances = {}
    def get(*args):
        if cls not in instances:
            instances[cls] = cls(*args)
        return instances[cls]
    return get
@singleton
class Config:
    def __init__(self, v):
        self.v = v
a = Config(1)
b = Config(2)
print(a is b, a.v, type(Config).__name__)
def validate_positive(method):
    def wrapper(self, x):
        if x <= 0:
            raise ValueError("%s needs positive, got %d" % (method.__name__, x))
        return method(self, x)
    return wrapper
class Store:
    @validate_positive
    def buy(self, n):
        return "bought %d" % n
s = Store()
print(s.buy(3))
try:
    s.buy(-1)
except ValueError as e:
    print("ValueError:", e)
