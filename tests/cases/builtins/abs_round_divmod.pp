# abs, round (banker's rounding, ndigits), divmod, pow with 3 args.
print(abs(-3), abs(3), abs(-2.5), abs(0.0), abs(-0.0), abs(True), abs(-(10 ** 30)))
class Neg:
    def __abs__(self):
        return "abs called"
print(abs(Neg()))
print(round(0.5), round(1.5), round(2.5), round(-0.5), round(-1.5), round(3.4999), round(3.5))
print(round(3.14159, 2), round(2.675, 2), round(-2.675, 2), round(1234.5, -1), round(1235, -1), round(1245, -1))
print(round(5), round(5, 2), type(round(5.0)).__name__, type(round(5.0, 0)).__name__, round(-17, -1))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(17.5, 5), divmod(True, 2))
print(pow(2, 8), pow(2, 8, 7), pow(7, -1, 11), pow(2.5, 2), pow(-2, 2), pow(4, 0.5))
try:
    divmod(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    abs("x")
except TypeError as e:
    print("TypeError:", e)
try:
    round("1.5")
except TypeError as e:
    print("TypeError:", e)
class R:
    def __round__(self, n=None):
        return "rounded with %r" % (n,)
print(round(R()), round(R(), 3))
