# A formatted report mixing f-strings, str.format and % with alignment and grouping.
rows = [("Widget", 4, 3.5), ("Gadget", 12, 12.25), ("Thingamajig", 1, 1999.999), ("Nut", 1000, 0.05)]
header = f"{'Item':<12}{'Qty':>6}{'Price':>12}{'Total':>14}"
print(header)
print("-" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12.10}{qty:>6d}{price:>12,.2f}{total:>14,.2f}")
print("-" * len(header))
print("{:<12}{:>32,.2f}".format("TOTAL", grand))
print("%-12s%32.3e" % ("SCI", grand))
print(f"{'avg price':<12}{sum(r[2] for r in rows) / len(rows):>32.4f}")
print(f"{'share':<12}" + "".join(f"{r[1] * r[2] / grand:>8.1%}" for r in rows))
