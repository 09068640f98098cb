# Function objects: __name__, __qualname__, __defaults__, __code__ basics, attributes.
def top(a, b=2, *args, c, d=4, **kw):
    pass
print(top.__name__, top.__qualname__, top.__defaults__, top.__kwdefaults__)
print(top.__code__.co_argcount, top.__code__.co_kwonlyargcount)
class Outer:
    def method(self):
        def inner():
            pass
        return inner
    class Nested:
        def deep(self):
            pass
print(Outer.method.__qualname__)
print(Outer().method().__qualname__)
print(Outer.Nested.deep.__qualname__, Outer.Nested.__qualname__)
def make():
    return lambda: 0
print(make().__qualname__, make().__name__)
top.custom = "attached"
print(top.custom, sorted(k for k in vars(top)))
print(top.__module__, type(top).__name__)
renamed = top
print(renamed.__name__)
def g():
    return g.counter
g.counter = 42
print(g())
print(callable(top), top == top, top != renamed)
