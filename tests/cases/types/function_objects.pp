# repr of functions, methods, lambdas, builtins, classes (addresses masked).
# mask: 0x[0-9a-f]+
def f():
    pass
class C:
    def m(self):
        pass
    @classmethod
    def cm(cls):
        pass
    @staticmethod
    def sm():
        pass
print(f)
print(lambda: 0)
print(C.m)
print(C().m)
print(C.cm)
print(C.sm)
print(len, print)
print([].append)
print(C)
print(C())
print(int, str, type, object)
print(type(f), type(C.m), type(C().m), type(len))
def outer():
    def inner():
        pass
    return inner
print(outer())
print(repr(f) == str(f), repr(f).startswith("<function f at 0x"))
