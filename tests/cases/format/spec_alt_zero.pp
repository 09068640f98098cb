# '#' alternate form and '0' padding for int types and floats.
for v in [0, 5, 255, -255, 2 ** 40]:
    print(v, format(v, "#b"), format(v, "#o"), format(v, "#x"), format(v, "#X"), format(v, "#012x"), format(v, "012b"), format(v, "#010o"))
print(format(3.0, "#g"), format(3.0, "g"), format(3.0, "#.0f"), format(3.0, ".0f"), format(1e20, "#.3g"), format(0.5, "#.0e"))
print(format(42, "05"), format(-42, "05"), format(4.2, "07.2f"), format(-4.2, "07.2f"), format(42, "05d"))
print(format("ab", "05") if False else format("ab", "0<5"), format(7, "#05x"), format(-7, "#06x"))
