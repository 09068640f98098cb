# The '%' presentation type.
for v in [0, 0.5, 0.12345, 1, 1.5, -0.256, 2 / 3, 1e-6]:
    print(format(v, "%"), format(v, ".0%"), format(v, ".1%"), format(v, "+.2%"), format(v, "8.1%") + "|")
print("{:.1%} done".format(0.875), f"{19 / 20:.0%}")
