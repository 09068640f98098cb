# A user __setattr__ sees every assignment, even to properties and data
# descriptors; object.__setattr__ then applies the descriptor.
class D:
    def __get__(self, o, t): return "got"
    def __set__(self, o, v): print("set", v)
class C:
    d = D()
    @property
    def p(self): return 1
    @p.setter
    def p(self, v): print("p=", v)
    def __setattr__(self, n, v):
        print("setattr", n)
        object.__setattr__(self, n, v)
c = C()
c.d = 5; c.p = 6; c.x = 7
print(c.d, c.p, c.x)
try:
    object.__setattr__(c, "q", 1); print(c.q)
    class E:
        @property
        def r(self): return 0
    E().r = 1
except AttributeError as e: print(e)
