# repr/str of floats: shortest round-tripping representation, exponent switch.
values = [0.1 + 0.2, 1e16, 1e15, 1.5e16, 123456789012345678.0, 1e-5, 1e-4, 0.0001234,
          1.0, 100.0, 3.0e0, 2.5, 1 / 3, 2 / 3, 1e22, 1e23, 1.7976931348623157e308,
          5e-324, 2.2250738585072014e-308, 0.1, 0.5, 123.456, -0.0, 1e100, 9007199254740993.0]
for v in values:
    print(repr(v), str(v))
print(0.1 * 3, 1.1 * 1.1, 100 * 1.1, 3 * 1.1)
print(1 / 7, 22 / 7, 10 / 4, 2 ** 0.5)
print(float("1e500"), float("-1e500"), float("0.1"), float(" 12.5 "), float("1_000.5"))
print(float(10), float(-3), float("inf"), float("-Infinity"), float("nan"))
print([0.1] * 3, (0.5, 2.0), {"k": 1e-7})
print(1e16 + 1, 2.0 ** 53, 2.0 ** 53 + 1)
print(round(2.675, 2), 1.005 * 1000, 4.35 * 100)
