# int conversions and methods.
print(abs(-5), (-5).__abs__(), (5).conjugate(), (7).real, (7).imag, (7).numerator, (7).denominator)
print((10).as_integer_ratio(), int.__name__)
print(round(1234, -2), round(1250, -2), round(1350, -2), round(-1250, -2), round(7, 0))
print(divmod(17, 5), divmod(-17, 5))
print(float(2 ** 53 + 1), float(10 ** 20), int(1e20))
print(int(float(2 ** 63)), int(-0.0))
try:
    int(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    int(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(max(3, 2 ** 70) == 2 ** 70, min(-1, -(2 ** 70)))
print(1 == 1.0, 2 ** 60 == float(2 ** 60), 2 ** 60 + 1 == float(2 ** 60 + 1))
print(10 < 10.5, -(2 ** 80) < -1e20, 2 ** 1000 > 1e308)
print(isinstance(True, int), int.__mro__)
print(str(12345678901234567890)[::-1], len(str(2 ** 1000)))
