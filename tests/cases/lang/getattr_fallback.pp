# An AttributeError raised while looking an attribute up the normal way
# (in a property's getter) goes to __getattr__ when the class has one, as
# CPython's slot_tp_getattr_hook does; other exceptions pass through, and
# without __getattr__ the AttributeError reaches the caller.


class WithFallback:
    @property
    def missing(self):
        raise AttributeError("inner")

    @property
    def broken(self):
        raise ValueError("not an AttributeError")

    def __getattr__(self, name):
        return "fallback " + name


w = WithFallback()
print(w.missing, w.other)
try:
    w.broken
except ValueError as e:
    print("ValueError:", e)


class NoFallback:
    @property
    def missing(self):
        raise AttributeError("inner")


try:
    NoFallback().missing
except AttributeError as e:
    print("AttributeError:", e)
