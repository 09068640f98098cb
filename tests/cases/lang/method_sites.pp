# A method call site that keeps running while the method changes: an
# instance attribute shadowing it, the class's and a base class's method
# replaced, and the instance's class reassigned.


class Base:
    def greet(self):
        return "base"


class Child(Base):
    def greet(self):
        return "child"


def call_all(objs):
    return [o.greet() for o in objs]


a, b = Child(), Child()
print(call_all([a, b]))
b.greet = lambda: "instance attribute"
print(call_all([a, b]))
del b.greet
Child.greet = lambda self: "replaced on the class"
print(call_all([a, b]))
del Child.greet
print(call_all([a, b]))
Base.greet = lambda self: "replaced on the base"
print(call_all([a, b]))


class Other:
    def greet(self):
        return "other"


a.__class__ = Other
print(call_all([a, b]))
