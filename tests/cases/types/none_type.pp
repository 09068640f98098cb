# None: singleton, repr, falsiness, comparisons, NoneType.
print(None, repr(None), str(None), type(None).__name__, bool(None))
print(None == None, None is None, None != 0, None == False, None == "")
def nothing():
    pass
print(nothing() is None, [None] * 2, {None: "key ok"}[None])
try:
    None < 1
except TypeError as e:
    print("TypeError:", e)
try:
    None + 1
except TypeError as e:
    print("TypeError:", e)
try:
    len(None)
except TypeError as e:
    print("TypeError:", e)
try:
    None.attr
except AttributeError as e:
    print("AttributeError:", e)
try:
    n = None
    n()
except TypeError as e:
    print("TypeError:", e)
print(hash(None) == hash(None), f"{None}", "%s" % None, "{}".format(None))
print(sorted([3, 1], key=lambda x: (x is None, x)), None.__class__.__name__)
