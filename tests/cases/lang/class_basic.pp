# Class definition, instances, methods, instance vs class attributes.
class Point:
    """A 2D point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
q = p.moved(1, 1)
print(p.x, p.y, p.norm2(), q.x, q.y)
print(Point.dims, p.dims)
p.dims = 3
print(Point.dims, p.dims)
del p.dims
print(p.dims)
print(Point.__name__, Point.__doc__)
print(type(p) is Point, isinstance(p, Point), isinstance(p, object))
print(Point.norm2(p))
print(sorted(p.__dict__.items()))
p.extra = "dynamic"
print(p.extra, hasattr(q, "extra"))
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
a, b, c = Counter(), Counter(), Counter()
print(Counter.instances, a.id, b.id, c.id)
print(p.__class__.__name__, p.__class__ is Point)
