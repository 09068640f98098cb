# __format__ on user classes, format() passing the spec, str.format and f-strings.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __format__(self, spec):
        value = self.cents / 100
        if spec.endswith("$"):
            return "$" + format(value, spec[:-1] or ",.2f")
        return format(value, spec)
    def __str__(self):
        return "Money(%d)" % self.cents
m = Money(123456789)
print(f"{m}", f"{m:.1f}", f"{m:$}", f"{m:>15,.2f$}", "{:.0f$}".format(m), format(m, "e"))
print(f"{m!s}", "{!s:>15}".format(m))
class NoFormat:
    def __str__(self):
        return "no-format"
print(f"{NoFormat()}", "{}".format(NoFormat()), format(NoFormat()))
try:
    f"{NoFormat():>10}"
except TypeError as e:
    print("TypeError:", e)
class BadFormat:
    def __format__(self, spec):
        return 42
try:
    format(BadFormat())
except TypeError as e:
    print("TypeError:", e)
