# float arithmetic, divmod, mixing with int, true division of big ints, methods.
print(7.0 / 2, 7 / 2.0, 7 // 2.0, 7 % 2.5, -7 % 2.5, 2 ** 0.5 * 2 ** 0.5)
print(divmod(7.5, 2), divmod(-7.5, 2), divmod(1.0, 0.1), divmod(-0.0, 1.0))
print(3 + 0.5, 3 * 1.0, type(3 * 1.0).__name__, 1 - 1.0, True + 0.5)
print(10 ** 20 / 10 ** 10, (10 ** 30 + 1) / 10 ** 15, 2 ** 1000 / 2 ** 999)
print(10 ** 400 // 10 ** 399, (10 ** 400) / (10 ** 399))
try:
    (10 ** 400) / 3
except OverflowError as e:
    print("OverflowError:", e)
print(1 / 3 + 1 / 3 + 1 / 3, sum([0.1] * 10), 0.1 * 10)
print((2.5).as_integer_ratio(), (0.1).as_integer_ratio(), (-0.75).as_integer_ratio())
print((1.0).is_integer(), (1.5).is_integer(), (1e300).is_integer())
print((3.7).__trunc__(), int(3.7), int(-3.7), float.fromhex("0x1.8p1"), (1.5).hex())
print(abs(-2.5), -(-2.5), +1.5, 0.1 + 0.7, 4.35 - 4.0)
print(float(True), float(2 ** 63), 1e3 == 1000, hash(1.0) == hash(1), hash(0.5))
try:
    1.0 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    5.0 % 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    divmod(1.0, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
