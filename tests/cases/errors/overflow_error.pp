# OverflowError from float exponentiation of a huge int conversion.
print(2 ** 1000 > 0)
x = float(2 ** 2000)
