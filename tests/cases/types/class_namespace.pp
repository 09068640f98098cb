# A class's own namespace: __qualname__ lives on the type, every class has
# its own __doc__; code objects name their variables.
class A:
    "doc A"
    x = 1
class B(A):
    pass
def f(a, b):
    c = 1
    def g():
        return c
    return g
print(A.__doc__, B.__doc__, sorted(vars(B)), A.__qualname__, B.__qualname__)
print(f.__code__.co_varnames, f.__code__.co_cellvars, f(1, 2).__code__.co_freevars, f.__code__.co_nlocals)
class O:
    class I:
        pass
print(O.I.__qualname__, O.I().__class__.__qualname__, repr(O.I)[:20], "__qualname__" in O.__dict__)
