# One attribute site seeing instances of several classes, and instances of
# one class whose attributes were created in different orders: every read
# and write must reach the right instance's own value.


class Base:
    def __init__(self, v):
        self.v = v
        self.w = -v


class Sub(Base):
    pass


class Other:
    def __init__(self, v):
        self.w = v * 10
        self.v = v * 100


def read(objs):
    return [(o.v, o.w) for o in objs]


def bump(objs):
    for o in objs:
        o.v += 1
        o.w = o.v * 2


objs = [Base(1), Sub(2), Other(3), Base(4), Other(5), Sub(6)]
print(read(objs))
bump(objs)
print(read(objs))
late = Base(7)
del late.v
late.extra = 1
late.v = "recreated"
objs.append(late)
print(read(objs))
bump(objs[:-1])
print(read(objs))
try:
    bump([late])
except TypeError as e:
    print("TypeError:", e)
