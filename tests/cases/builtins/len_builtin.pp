# len() of many types and error for objects without length.
print(len(""), len("abc"), len("中文"), len(b"ab"), len(bytearray(3)), len([1, 2]), len((1,)))
print(len({}), len({"a": 1}), len(set()), len({1, 2, 2}), len(frozenset("aab")), len(range(0, 10, 3)))
print(len({"a": 1}.keys()), len({"a": 1}.items()), len([[1, 2, 3]]))
class Sized:
    def __len__(self):
        return 7
print(len(Sized()))
for bad in [5, 3.5, None, iter([]), (x for x in [])]:
    try:
        len(bad)
    except TypeError as e:
        print("TypeError:", e)
class BigLen:
    def __len__(self):
        return 2 ** 70
try:
    len(BigLen())
except OverflowError as e:
    print("OverflowError:", e)
class StrLen:
    def __len__(self):
        return "3"
try:
    len(StrLen())
except TypeError as e:
    print("TypeError:", e)
