# Float presentation types: e E f F g G % n and none, with precision.
values = [0.0, 1.0, -1.5, 3.14159265, 1234567.891, 0.000123456, 1e-7, 1e16, 2.5e-5, 123456789012.0]
for v in values:
    print(repr(v), format(v, "e"), format(v, ".2E"), format(v, "f"), format(v, ".3F"), format(v, "g"),
          format(v, ".3G"), format(v, ".1%"), format(v, ""), format(v, ".4"), format(v, "n"))
inf, nan = float("inf"), float("nan")
print(format(inf, "f"), format(inf, "F"), format(-inf, "e"), format(nan, "E"), format(nan, "g"), format(inf, "%"))
print(format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"), format(0.125, ".2f"), format(0.375, ".2f"))
print(format(1e300, ".2f")[:20], len(format(1e300, "f")), format(1.0, ".20f"), format(0.1, ".25f"))
print(format(1e-5, ".0e"), format(9.99, ".1f"), format(9.95, ".1f"), format(99999.5, ".6g"), format(0.00001, "g"))
print(format(123.456, ".0g"), format(123.456, ".1g"), format(100000, "g"), format(1000000.0, "g"), format(1e-4, "g"), format(1e-5, "G"))
