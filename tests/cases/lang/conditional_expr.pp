# Conditional expressions, and/or short-circuit values, not.
for n in [-2, 0, 5]:
    print(n, "pos" if n > 0 else "zero" if n == 0 else "neg")
print(1 if [] else 2, "a" if "b" else "c")
def loud(v):
    print("  evaluated", v)
    return v
print(loud(True) if loud(False) else loud("else branch"))
print(0 or "default", "" or [] or None, 3 or loud("not evaluated"))
print(1 and "last", 0 and loud("not evaluated"), [] and 5)
print(None or 0, 2 and 3 and 4, 2 or 3 or 4)
print(not 0, not "x", not None, not [1])
x = 5
print("big" if x > 3 and x < 10 else "other")
print([("even" if i % 2 == 0 else "odd") for i in range(4)])
print((lambda v: "yes" if v else "no")(0))
name = None
print(name or "anonymous", (name and name.upper()) or "N/A")
