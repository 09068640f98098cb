# '*' width and precision taken from the argument tuple.
print("%*d|" % (6, 42), "%-*d|" % (6, 42), "%.*f|" % (2, 3.14159), "%*.*f|" % (10, 3, 2.71828))
print("%*s|%-*s|" % (5, "a", 5, "b"), "%.*s|" % (3, "abcdef"), "%*d|" % (-6, 7))
for w in range(1, 6):
    print("%*s" % (w, "#" * w))
print("%0*d" % (5, 42), "%+*.*e" % (12, 2, 12345.6789))
