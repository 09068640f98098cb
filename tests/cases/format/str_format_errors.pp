# str.format and format-spec error messages.
tests = [
    lambda: "{}".format(),
    lambda: "{0} {1}".format(1),
    lambda: "{x}".format(y=1),
    lambda: "{} {0}".format(1, 2),
    lambda: "{0[5]}".format([1]),
    lambda: "{0.nope}".format(1),
    lambda: "{:d}".format(1.5),
    lambda: "{:d}".format("s"),
    lambda: "{:f}".format("s"),
    lambda: "{:,s}".format("s"),
    lambda: "{:=5}".format("s"),
    lambda: "{:+s}".format("s"),
    lambda: "{:c}".format(-1),
    lambda: "{:.2d}".format(5),
    lambda: "{:x}".format(1.0),
    lambda: "{".format(),
    lambda: "}".format(),
    lambda: "{!z}".format(1),
    lambda: "{:,_d}".format(1),
    lambda: format(1, "zz"),
]
for i, t in enumerate(tests):
    try:
        print(i, "OK", repr(t()))
    except (ValueError, IndexError, KeyError, AttributeError, TypeError, OverflowError) as e:
        print(i, type(e).__name__ + ":", e)
