# obj.__dict__ is the instance's own namespace: writes through it are
# attributes, and attributes show in it at once.
class P:
    def __init__(self, **kw):
        self.__dict__.update(kw)


p = P(x=1, y=2)
print(p.x, p.y)
d = p.__dict__
d['z'] = 3
print(p.z, d is p.__dict__, vars(p) is d)
p.w = 4
print(sorted(d))
del d['x']
print(hasattr(p, 'x'))
vars(p)['v'] = 5
print(p.v)
p.__dict__ = {'only': 1}
print(vars(p))
try:
    p.__dict__ = 3
except TypeError as e:
    print(e)


class Slotted:
    def __getattr__(self, name):
        return 'computed ' + name


s = Slotted()
s.__dict__['real'] = 'stored'
print(s.real, s.other)
