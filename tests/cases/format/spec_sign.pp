# Sign options: '+', '-', ' ' for ints and floats, incl. zero and negative zero.
for v in [7, -7, 0, 2.5, -2.5, 0.0, -0.0, float("inf"), float("-inf"), float("nan")]:
    print(repr(v).ljust(6), "|".join(format(v, s) for s in ["", "+", "-", " ", "+.1f", " 6", "+06"]))
print(format(-1e-9, ".2f"), format(-1e-9, "+.2f"), format(0, "+x"), format(-0.0, " .0f"))
