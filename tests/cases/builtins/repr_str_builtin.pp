# repr() and str() of built-in values.
vals = [1, -2.5, 1e20, "it's", 'say "hi"', "both ' and \"", "\n\t\\", b"\x00a", None, True,
        [1, "a"], (1,), (), {"k": "v"}, set(), {1}, frozenset({2}), range(3), 1e-10, 2 ** 64]
for v in vals:
    print(repr(v), "|", str(v))
print(repr(repr("x")), str(str("y")), repr(str(3)))
print(repr("\x7f\x80\u200b\U0001f600"), repr("\r\a\b\f\v"))
print(ascii("café ñ"), ascii(["é"]))
