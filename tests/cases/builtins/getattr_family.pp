# getattr/setattr/hasattr/delattr with defaults and errors.
class Obj:
    cls_attr = "class level"
    def method(self):
        return "method result"
o = Obj()
setattr(o, "dyn", 5)
print(getattr(o, "dyn"), getattr(o, "cls_attr"), getattr(o, "missing", "dflt"), getattr(o, "method")())
print(hasattr(o, "dyn"), hasattr(o, "nope"), hasattr(Obj, "method"), hasattr(3, "real"))
delattr(o, "dyn")
print(hasattr(o, "dyn"))
try:
    getattr(o, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    delattr(o, "never_set")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(o, 5)
except TypeError as e:
    print("TypeError:", e)
try:
    setattr(5, "x", 1)
except AttributeError as e:
    print("AttributeError:", e)
for name in ["a", "b", "c"]:
    setattr(o, name, name.upper())
print([getattr(o, n) for n in "abc"], sorted(vars(o)))
print(getattr([], "append").__name__, getattr("s", "upper")())
setattr(Obj, "added", lambda self: "added method")
print(o.added())
print(getattr(None, "x", "none has no x"))
