# math domain and range errors.
import math
cases = [("sqrt(-1)", lambda: math.sqrt(-1)), ("log(0)", lambda: math.log(0)), ("log(-1)", lambda: math.log(-1)),
         ("acos(2)", lambda: math.acos(2)), ("asin(-2)", lambda: math.asin(-2)), ("log(10, 1)", lambda: math.log(10, 1)),
         ("exp(1000)", lambda: math.exp(1000)), ("pow(0, -1)", lambda: math.pow(0, -1)), ("fmod(1, 0)", lambda: math.fmod(1, 0)),
         ("sqrt('x')", lambda: math.sqrt("x")), ("floor(nan)", lambda: math.floor(math.nan)), ("ceil(inf)", lambda: math.ceil(math.inf))]
for name, fn in cases:
    try:
        print(name, "=", fn())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, "->", type(e).__name__ + ":", e)
print(math.sqrt(math.inf), math.exp(-math.inf), math.atan(math.inf))
