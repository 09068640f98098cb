"""Module docstring for docstrings.pp."""
def documented():
    """Return nothing, but have a docstring."""
def undocumented():
    x = "not a docstring"
    return x
def multi():
    """First line.

    More details here.
    """
class Klass:
    """Class docstring."""
    def method(self):
        "Method docstring in plain quotes."
        return 1
    @property
    def prop(self):
        """Property docstring."""
        return 2
print(__doc__)
print(documented.__doc__)
print(undocumented.__doc__)
print(repr(multi.__doc__))
print(Klass.__doc__)
print(Klass.method.__doc__, Klass().method.__doc__)
print(Klass.prop.__doc__)
lam = lambda: 0
print(lam.__doc__)
def not_first():
    x = 1
    """This is just an expression."""
print(not_first.__doc__)
print(len.__doc__ is not None)
