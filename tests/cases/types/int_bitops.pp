# Bitwise operators on small, negative and big integers.
print(12 & 10, 12 | 10, 12 ^ 10, ~12, 12 << 2, 12 >> 2)
print(-12 & 10, -12 | 10, -12 ^ 10, ~-12, -12 << 2, -12 >> 2, -1 >> 100)
big = 2 ** 100 + 2 ** 50 + 1
print(big & (2 ** 64 - 1), big | 1, big ^ big, big >> 50, 1 << 100)
print(~big, -big & 0xFFFF, (-big) >> 3)
print((2 ** 70 - 1) & -(2 ** 35))
print(bin(0b1100 & 0b1010), hex(0xF0 | 0x0F), oct(0o7 ^ 0o1))
try:
    1 << -1
except ValueError as e:
    print("ValueError:", e)
print(True & False, True | False, True ^ True, type(True & True).__name__, type(True & 3).__name__)
x = 0b10110
print([(x >> i) & 1 for i in range(5)])
print(bin(x).count("1"), x.bit_count())
