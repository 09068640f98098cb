# __len__ and __bool__ drive truthiness and len().
class Bag:
    def __init__(self, *items):
        self.items = list(items)
    def __len__(self):
        return len(self.items)
print(len(Bag(1, 2, 3)), bool(Bag()), bool(Bag(0)))
if not Bag():
    print("empty bag is falsy")
class Flag:
    def __init__(self, on):
        self.on = on
    def __bool__(self):
        print("  __bool__ called")
        return self.on
    def __len__(self):
        return 99
print(bool(Flag(False)), len(Flag(True)))
print("and:", Flag(True) and "second")
print("or:", Flag(False) or "fallback")
print("not:", not Flag(True))
class Plain:
    pass
print(bool(Plain()))
class BadLen:
    def __len__(self):
        return -1
try:
    len(BadLen())
except ValueError as e:
    print("ValueError:", e)
class BadBool:
    def __bool__(self):
        return 1
try:
    bool(BadBool())
except TypeError as e:
    print("TypeError:", e)
x = Bag(1)
print("yes" if x else "no", [i for i in [Bag(), Bag(1)] if i].__len__())
