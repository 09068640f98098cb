# Integer presentation types: b c d o x X n, and none.
for v in [0, 1, 65, 255, 1000, -1000, 2 ** 64]:
    print(v, [format(v, t) for t in ["b", "d", "o", "x", "X", "n", ""]])
print(format(65, "c"), format(0x4e2d, "c"), format(128512, "c"), repr(format(10, "c")))
print(format(True, "b"), format(False, "x"), format(65, "5c") + "|", format(65, "<3c") + "|")
print(format(3, "e"), format(3, "f"), format(3, "g"), format(3, "%"), format(12345678, "E"), format(2 ** 60, ".3g"))
print(format(10, "10b"), format(10, "<10o") + "|", format(-10, "^10x") + "|")
