# inf, nan and negative zero.
inf = float("inf")
nan = float("nan")
print(inf, -inf, nan, -nan, inf + 1, inf - inf, inf * 0, -inf * -1)
print(inf > 1e308, -inf < -1e308, inf == inf, nan == nan, nan != nan, nan is nan)
print(nan < 1, nan > 1, nan == 1, [nan] == [nan])
print(float("INF"), float("-iNf"), float("NaN"), float("+nan"))
nz = -0.0
print(nz, 0.0 == -0.0, str(nz), repr(-0.0 * 1), 0.0 * -1, -0.0 + 0.0, abs(-0.0))
print(1 / inf, -1 / inf, inf / inf)
print(max(1, inf), min(-inf, 5), sorted([3, inf, -inf, 0]))
print(int(1e300) > 10 ** 299, 1e308 * 10, 2 ** 1023 * 2.0)
try:
    2.0 ** 10000
except OverflowError as e:
    print("OverflowError raised by 2.0 ** 10000")
try:
    float(10 ** 400)
except OverflowError as e:
    print("OverflowError:", e)
print(inf.is_integer(), (2.0).is_integer(), nan.is_integer())
print(round(-0.4), round(-0.5), round(-0.0, 1))
