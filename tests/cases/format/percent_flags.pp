# %-formatting flags: '-', '+', ' ', '#', '0', width, precision.
for fmt in ["%5d|", "%-5d|", "%05d|", "%+d|", "% d|", "%+05d|", "%-+5d|", "%#x|", "%#X|", "%#o|", "%#08x|", "%.3d|", "%8.3d|", "%-08d|"]:
    print(repr(fmt), fmt % 42, fmt % -42)
for fmt in ["%8.2f|", "%-8.2f|", "%08.2f|", "%+.1f|", "% .1f|", "%#.0f|", "%.0f|", "%10.3e|", "%-10.2g|", "%#g|", "%010.4f|"]:
    print(repr(fmt), fmt % 3.14159, fmt % -0.5)
print("%10s|%-10s|%.2s|%10.2s|" % ("right", "left", "trunc", "both"))
print("%5c|%-5c|" % ("x", "y"), "%+s" % "s", "%05s|" % "ab")
