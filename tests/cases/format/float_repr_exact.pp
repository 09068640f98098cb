# Float repr edge cases: exponent boundaries, rounding of shortest repr, str() of results.
vals = [1e15, 1e16, 9999999999999998.0, 12345678901234567.0, 0.0001, 0.00001, 0.000123, 123e-10,
        1/3, 2/3, 0.1 * 3, 1.1 + 2.2, 3.3 * 3, 100.0 / 3, 2.0 ** 0.5, 1e-320, 4.9e-324, 1.7976931348623157e308,
        float(2 ** 53), float(2 ** 53 + 1), float(2 ** 63), 0.1 + 0.7, 1.15, 2.675, 1e22, 1e21, 123456789.123456789]
for v in vals:
    print(repr(v))
print([1e5, 1e-5, -1e16, 5e-1], (0.1, 0.2), {"x": 1e-10})
print(str(1e16), str(123.0), str(-1e-7), str(1e300 * 10))
