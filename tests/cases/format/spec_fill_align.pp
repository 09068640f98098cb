# Format spec: fill and alignment for str, int, float (including '=').
for spec in ["<8", ">8", "^8", "*<8", "*>8", "*^8", "08", "=8", "0=8", "-^9", "_>4", "^1"]:
    try:
        s = format("ab", spec)
    except ValueError as e:
        s = "ValueError: %s" % e
    print(repr(spec), "str:", repr(s), "int:", repr(format(-42, spec)), "float:", repr(format(-3.5, spec)))
print(repr(format(7, "x^5")), repr(format(7, "^^5")), repr(format(7, "0^5")), repr(format(7, "{^5")))
print(repr(format("abc", "^6")), repr(format("abc", "^7")), repr(format(12, "^5")))
print(repr(format(-0.0, "=+8.2f")), repr(format(255, "#=10x")), repr(format(255, "*=#10x")))
