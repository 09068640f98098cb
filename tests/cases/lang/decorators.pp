# Decorators without and with arguments, stacking order, wrapper metadata by hand.
def shout(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs).upper() + "!"
    wrapper.__name__ = fn.__name__
    return wrapper
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
def tag(name):
    def deco(fn):
        def wrapper(*a):
            return "<%s>%s</%s>" % (name, fn(*a), name)
        return wrapper
    return deco
@shout
def hello(name):
    return "hello " + name
print(hello("world"), hello.__name__)
@repeat(3)
def roll(x):
    return x * 2
print(roll(4))
@tag("b")
@tag("i")
def text():
    return "hi"
print(text())
order = []
def trace(label):
    order.append("make " + label)
    def deco(fn):
        order.append("apply " + label)
        return fn
    return deco
@trace("outer")
@trace("inner")
def f():
    pass
print(order)
calls = {"n": 0}
def counted(fn):
    def w(*a, **k):
        calls["n"] += 1
        return fn(*a, **k)
    return w
class Service:
    @counted
    def ping(self, x=1):
        return "pong%d" % x
s = Service()
print(s.ping(), s.ping(x=2), calls)
def register(registry):
    def deco(fn):
        registry[fn.__name__] = fn
        return fn
    return deco
REG = {}
@register(REG)
def alpha(): return "a"
@register(REG)
def beta(): return "b"
print(sorted(REG), REG["beta"]())
