# round() on floats: banker's rounding, ndigits, negative ndigits, return types.
for v in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.4999, 2.5001]:
    print(v, round(v), type(round(v)).__name__)
for v, n in [(2.675, 2), (1.005, 2), (0.125, 2), (0.375, 2), (3.14159, 3), (1234.5678, -2),
             (1250.0, -2), (1350.0, -2), (-1.55, 1), (9.995, 2), (0.0, 3), (5.0, 0)]:
    r = round(v, n)
    print(v, n, r, type(r).__name__)
print(round(1e300, 2), round(123.456, None), round(7.5, 0))
try:
    round(float("inf"))
except OverflowError as e:
    print("OverflowError:", e)
try:
    round(float("nan"))
except ValueError as e:
    print("ValueError:", e)
print(round(float("inf"), 2), round(2.5, -1), round(15.0, -1), round(25.0, -1))
