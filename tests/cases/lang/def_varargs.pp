# *args, keyword-only parameters, **kwargs, positional-only.
def f(a, b=0, *args, kw=None, **kwargs):
    print("a=%r b=%r args=%r kw=%r kwargs=%r" % (a, b, args, kw, kwargs))
f(1)
f(1, 2, 3, 4)
f(1, kw="K", x=1, y=2)
f(b=5, a=6)
def only_kw(*, x, y=2):
    return x * y
print(only_kw(x=3), only_kw(y=5, x=2))
def pos_only(a, b, /, c):
    return a + b + c
print(pos_only(1, 2, 3), pos_only(1, 2, c=10))
def collect(*args):
    return args
print(collect(), collect(1), collect(*"abc"))
def kwcollect(**kw):
    return sorted(kw.items())
print(kwcollect(z=1, a=2))
def mixed(a, *rest, **opts):
    return a, rest, opts
print(mixed(*[1, 2, 3], **{"x": 9}))
try:
    only_kw(1)
except TypeError as e:
    print("TypeError:", e)
try:
    pos_only(1, b=2, c=3)
except TypeError as e:
    print("TypeError:", e)
try:
    f(1, a=2)
except TypeError as e:
    print("TypeError:", e)
