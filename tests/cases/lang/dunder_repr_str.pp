# __repr__ and __str__: which one print, str(), repr(), containers and f-strings use.
class Both:
    def __repr__(self):
        return "Both()"
    def __str__(self):
        return "both as str"
class ReprOnly:
    def __repr__(self):
        return "ReprOnly<%d>" % 7
class StrOnly:
    def __str__(self):
        return "just str"
b, r, s = Both(), ReprOnly(), StrOnly()
print(b)
print(str(b), repr(b))
print([b, r])
print(r, str(r))
print(s)
print(f"{b} {b!r} {r}")
print("%s %r" % (b, b))
print("{} {!r}".format(b, b))
print((b,), {"k": b})
print(repr(s).startswith("<__main__.StrOnly object at 0x"))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return "Money(%r)" % self.cents
    def __str__(self):
        return "$%d.%02d" % divmod(self.cents, 100)
m = Money(12345)
print(m, repr(m), [m])
class Sub(Money):
    pass
print(Sub(5))
