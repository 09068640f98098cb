# Constructors: bool, list, tuple, dict, set, str, bytes called in various ways.
print(bool(), bool(0), bool(""), bool("0"), bool([0]), bool(0.0), bool(2), bool(-0.0))
print(list(), list("abc"), list((1, 2)), list({"a": 1}), list(range(3)), list(x for x in "hi"))
print(tuple(), tuple([1]), tuple("ab"), dict(), dict(a=1), dict([(1, 2)]), dict(((1, 2),), b=3))
print(set(), sorted(set("banana")), str(), str(1.5), str(b"x", "ascii"), bytes(2), bytes([1, 2]))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print("ValueError:", e)
try:
    dict([1])
except TypeError as e:
    print("TypeError:", e)
try:
    list(5)
except TypeError as e:
    print("TypeError:", e)
print(list(list("ab")), tuple(tuple("c")), list({1: "a"}.values()))
