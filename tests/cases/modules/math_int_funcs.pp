# Integer math functions: gcd, lcm, factorial, comb, perm, isqrt.
import math
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-4, 6), math.gcd(), math.gcd(12, 18, 27), math.gcd(2 ** 100, 6 ** 50))
print(math.lcm(4, 6), math.lcm(3, 5, 7), math.lcm(), math.lcm(0, 5))
print(math.factorial(0), math.factorial(5), math.factorial(25), len(str(math.factorial(100))))
print(math.comb(5, 2), math.comb(10, 0), math.comb(3, 5), math.comb(60, 30), math.comb(100, 50))
print(math.perm(5, 2), math.perm(5), math.perm(3, 5), math.perm(20, 10))
print(math.isqrt(0), math.isqrt(99), math.isqrt(100), math.isqrt(2 ** 128 + 1))
for bad in [lambda: math.factorial(-1), lambda: math.comb(-1, 2), lambda: math.isqrt(-4)]:
    try:
        bad()
    except ValueError as e:
        print("ValueError:", e)
try:
    math.factorial(2.5)
except TypeError as e:
    print("TypeError:", e)
