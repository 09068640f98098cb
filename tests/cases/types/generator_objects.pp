# Generator objects: type, repr (masked), iter(gen) is gen, gi_* attributes basics.
# mask: 0x[0-9a-f]+
def gen():
    yield 1
    yield 2
g = gen()
print(g)
print(type(g).__name__, iter(g) is g, g.__name__, g.__qualname__)
print(g.gi_running, g.gi_frame is not None)
print(list(g), g.gi_frame is None)
ge = (x for x in range(3))
print(ge)
print(type(ge).__name__, ge.__name__)
print(hasattr(g, "send"), hasattr(g, "throw"), hasattr(g, "close"), hasattr(g, "__next__"))
def counter():
    n = 0
    while True:
        n += 1
        yield n
c = counter()
print([next(c) for _ in range(5)], next(c))
