# int() and float() constructors from various types, __int__/__float__/__index__.
print(int(), int(7.9), int(-7.9), int("  12 "), int("-0"), int(True), int("0b11", 0), int("11", base=2))
print(float(), float(3), float("  -1.5e3 "), float("inf"), float(".5"), float("5."), float(True))
for bad in ["1.2.3", "abc", "", "1e", "0x10"]:
    try:
        float(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int(None)
except TypeError as e:
    print("TypeError:", e)
try:
    float([])
except TypeError as e:
    print("TypeError:", e)
class Num:
    def __int__(self):
        return 42
    def __float__(self):
        return 4.2
    def __index__(self):
        return 7
n = Num()
print(int(n), float(n), [10, 20, 30, 40, 50, 60, 70, 80][n], bin(n), hex(n))
try:
    int("1_")
except ValueError as e:
    print("ValueError:", e)
print(int(" 0o17 ", 8), int("0X1f", 16), float("1_0.5"), int(float("1e18")))
