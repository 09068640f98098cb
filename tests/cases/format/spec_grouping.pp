# Thousands separators ',' and '_' with ints, floats, and other bases.
for v in [0, 999, 1000, 1234567, -1234567, 10 ** 20]:
    print(format(v, ","), format(v, "_"), format(v, "015,"), format(v, ">15,"))
for v in [1234.5678, -0.5, 1e10, 123456789.125]:
    print(format(v, ",.2f"), format(v, "_.3f"), format(v, ",g"), format(v, ",e"), format(v, "020,.1f"))
print(format(0xDEADBEEF, "_x"), format(255, "_b"), format(8 ** 8, "_o"), format(2 ** 32, "#_x"))
print(format(1234567, ",d"), format(12345.6789, ",.0f"), format(0.000123, ",.6f"))
print("{:,}".format(10 ** 9), f"{2 ** 31:_}", f"{-1e6:,.1f}")
