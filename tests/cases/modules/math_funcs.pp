# math exp/log/pow family.
import math
print(math.exp(0), math.exp(1), math.exp(-1), math.expm1(1e-10), math.log1p(1e-10))
print(math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(1), math.log10(1000), math.log2(1024))
print(math.log(2 ** 1000), math.log10(10 ** 50), math.log2(2 ** 70))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(4, -1), math.pow(-8, 3))
print(math.sqrt(10 ** 30), math.exp(700) > 1e300, round(math.log(10), 12))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.fsum([1e100, 1.0, -1e100]), math.fsum([]))
print(math.prod([1, 2, 3, 4]), math.prod([]), math.prod([2.5, 2]), math.prod(range(1, 21)), math.prod([2, 3], start=10))
