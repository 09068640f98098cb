# Attribute stores follow the class as it changes after instances exist:
# a property, a __setattr__ or a data descriptor added later (to the class
# or a base) takes over stores from then on.
class Base:
    pass


class A(Base):
    def __init__(self):
        self.x = 1


a = A()
a.y = 2
print(vars(a))


def set_x(self, v):
    self._x = v * 10


A.x = property(lambda self: self._x, set_x)
a.x = 5
print(a.x, sorted(vars(a)))
del A.x
a.x = 6
print(a.x)


def logging_setattr(self, name, value):
    print('set', name, value)
    object.__setattr__(self, name, value)


Base.__setattr__ = logging_setattr
a.z = 3
b = A()
del Base.__setattr__
b.w = 4
print(sorted(vars(b).items()))


class Descriptor:
    def __set__(self, obj, value):
        print('descriptor set', value)


class C:
    pass


c = C()
c.d = 1
C.d = Descriptor()
c.d = 2
print(vars(c))

for n in range(3):
    class Grow:
        pass
    g = Grow()
    for i in range(20 * n):
        setattr(g, 'a%d' % i, i)
    print(len(vars(g)))
    h = Grow()
    print(vars(h))
