# Exception raised inside a lambda used by sorted().
records = [{"n": 2}, {"n": 1}, {"m": 0}]
print(sorted(records[:2], key=lambda r: r["n"]))
sorted(records, key=lambda r: r["n"])
