# format() builtin and __format__.
print(format(3.14159, ".2f"), format(42, "08b"), format(255, "x"), format("hi", "^6"), format(1234567, ","))
print(format(0.5, "%"), format(12, ""), format(None), repr(format("x", "")), format(1e10, "g"))
class Temp:
    def __init__(self, c):
        self.c = c
    def __format__(self, spec):
        if spec == "f":
            return "%.1fF" % (self.c * 9 / 5 + 32)
        return "%sC" % self.c
t = Temp(100)
print(format(t), format(t, "f"), f"{t} {t:f}", "{:f}".format(t))
try:
    format(object(), "d")
except TypeError as e:
    print("TypeError:", e)
try:
    format("s", "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(3, "s")
except ValueError as e:
    print("ValueError:", e)
print(format(True, "d"), format(True), format(-0.0, "+.1f"), format(2 ** 70, "_x"))
