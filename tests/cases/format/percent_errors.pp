# %-formatting errors.
cases = [
    lambda: "%d" % "x",
    lambda: "%s %s" % ("only one",),
    lambda: "%s" % ("a", "b"),
    lambda: "%(k)s" % {"other": 1},
    lambda: "%(k)s" % ("tuple",),
    lambda: "%z" % 1,
    lambda: "%c" % "ab",
    lambda: "%c" % -1,
    lambda: "%x" % 1.5,
    lambda: "%f" % "s",
    lambda: "%" % (),
    lambda: "%d %d" % [1, 2],
    lambda: "%*d" % ("w", 5),
]
for i, c in enumerate(cases):
    try:
        print(i, "OK", repr(c()))
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(i, type(e).__name__ + ":", e)
