# Floor division and modulo with negative operands (Python semantics).
pairs = [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (5, 5), (-1, 10), (10 ** 20 + 1, -7)]
for a, b in pairs:
    print(a, b, "//", a // b, "%", a % b, "divmod", divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7.5, -2), (-0.5, 1), (1, 0.3)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(-7 // 2 * 2 + -7 % 2 == -7)
print(3 % -1, -3 % 1, 0 % -3)
print(-(10 ** 30) // 7, -(10 ** 30) % 7)
print(int(-7 / 2), -7 // 2)
