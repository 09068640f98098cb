# Uncaught ZeroDivisionError from floor division inside a loop.
total = 0
for d in [3, 2, 1, 0]:
    total += 12 // d
    print("total", total)
