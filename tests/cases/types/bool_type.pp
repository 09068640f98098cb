# bool is a subclass of int: arithmetic, repr, conversions.
print(True, False, repr(True), str(False), type(True).__name__)
print(True + True, True * 10, False - True, True / 2, True // 1, -True, ~True, ~False)
print(True == 1, False == 0, hash(True), hash(False))
print(sum([True, True, False, True]), max(True, 0), abs(False))
print(bool(), bool(0), bool(1), bool(-1), bool(0.0), bool("False"), bool([]), bool(None))
print(isinstance(True, int), issubclass(bool, int), bool.__mro__)
print(int(True), float(False), str(True).upper(), f"{True}", "%d %s" % (True, True))
print({1: "one", True: "true"}, {0, False, 0.0})
print(["no", "yes"][True], "abc"[True:], True << 3)
print(True and False, True or False, not True, True & False, True | False, True ^ True)
print(format(True, "d"), format(False, ">5"), format(True, ""), f"{True:5}")
try:
    class MyBool(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
