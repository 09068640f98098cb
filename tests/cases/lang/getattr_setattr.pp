# __getattr__ (fallback only), __setattr__ (every assignment), __delattr__.
class Dynamic:
    def __init__(self):
        self.real = "real value"
    def __getattr__(self, name):
        if name.startswith("x_"):
            return "computed " + name[2:]
        raise AttributeError("no attribute %r here" % name)
d = Dynamic()
print(d.real, d.x_foo, getattr(d, "x_bar"))
print(hasattr(d, "x_y"), hasattr(d, "other"))
try:
    d.other
except AttributeError as e:
    print("AttributeError:", e)
class Logged:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print("  setattr", name, value)
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        print("  delattr", name)
        object.__delattr__(self, name)
lg = Logged()
lg.b = 5
lg.s = "s"
print(lg.a, lg.b, lg.s)
del lg.b
print(hasattr(lg, "b"))
class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)
    def __setattr__(self, name, value):
        raise AttributeError("Frozen is read-only")
fz = Frozen(3)
try:
    fz.v = 4
except AttributeError as e:
    print("AttributeError:", e, fz.v)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1), p.index(3))
