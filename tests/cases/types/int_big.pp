# Arbitrary-precision integers.
print(2 ** 100)
print(2 ** 64 - 1, -(2 ** 63))
f = 1
for i in range(1, 51):
    f *= i
print(f)
print(len(str(f)), f % 1000000007)
a = 123456789 ** 5
b = 987654321 ** 4
print(a + b, a - b, a * b)
print(a // b, a % b, divmod(a, b))
print(-a // b, -a % b)
print((2 ** 200) // (3 ** 50))
print(10 ** 30 == int("1" + "0" * 30), 10 ** 30 > 10 ** 29)
print(abs(-(10 ** 25)), -(-(2 ** 70)))
print(2 ** 100 / 2 ** 98, (10 ** 40) / 7)
print(int(2 ** 70 / 3), 7 ** 0, 0 ** 0)
big = 3 ** 300
print(big.bit_length(), str(big)[:20], str(big)[-20:])
print(sum(range(10 ** 6)), max(2 ** 65, 2 ** 64 + 10 ** 10))
print(hash(2 ** 100) == hash(2 ** 100), 2 ** 100 == 2.0 ** 100)
print(type(2 ** 100).__name__, isinstance(2 ** 100, int))
print(-2 ** 127, (-2) ** 127)
