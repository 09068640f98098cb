# Zero-argument super() in __init__, methods, classmethods and properties.
class Base:
    def __init__(self, x):
        self.x = x
        print("Base.__init__", x)
    def describe(self):
        return "Base(x=%r)" % self.x
    @classmethod
    def create(cls):
        return "create " + cls.__name__
class Child(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
        print("Child.__init__", y)
    def describe(self):
        return "Child[" + super().describe() + ", y=%r]" % self.y
    @classmethod
    def create(cls):
        return super().create() + " via Child"
c = Child(1, 2)
print(c.describe())
print(Child.create())
class GrandChild(Child):
    def describe(self):
        return "GC<" + super().describe() + ">"
print(GrandChild(3, 4).describe())
print(super(Child, c).describe())
class A:
    def go(self):
        return ["A"]
class B(A):
    def go(self):
        return ["B"] + super().go()
class C(A):
    def go(self):
        return ["C"] + super().go()
class D(B, C):
    def go(self):
        return ["D"] + super().go()
print(D().go())
class S(str):
    def upper(self):
        return "<" + super().upper() + ">"
print(S("abc").upper())
