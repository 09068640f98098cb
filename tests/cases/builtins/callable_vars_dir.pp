# callable(), vars(), dir() of a user class (non-dunder names only).
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Thing(Base):
    kind = "thing"
    def __init__(self):
        self.x = 1
        self._y = 2
    def act(self):
        pass
    @property
    def prop(self):
        return 3
t = Thing()
print([n for n in dir(t) if not n.startswith("__")])
print([n for n in dir(Thing) if not n.startswith("__")])
print(vars(t), sorted(k for k in vars(Thing) if not k.startswith("__")))
print(callable(t), callable(Thing), callable(t.act), callable(len), callable(lambda: 0), callable("s"), callable(None))
class WithCall:
    def __call__(self):
        pass
print(callable(WithCall()), callable(WithCall))
try:
    vars(5)
except TypeError as e:
    print("TypeError:", e)
import math
print("sqrt" in dir(math), "pi" in vars(math))
print(sorted(n for n in dir([]) if not n.startswith("_")))
