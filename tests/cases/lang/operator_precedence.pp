# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, 2 ** -2)
print(10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4, 17 // 5 * 5)
print(1 + 2 << 3, 1 << 2 + 3, 6 & 3 | 8, 6 ^ 3 & 1)
print(~5 + 1, -~5, not 1 == 2, not (1 and 0))
print(1 | 2 == 3, (1 | 2) == 3)
print(True or False and False, (True or False) and False)
print(3 > 2 and 2 > 1 or False)
print(not 3 in [1, 2], 3 not in [1, 2])
print(-3 % 5, -(3 % 5), 2 * -3, 5 - -2)
print("a" + "b" * 3, ("a" + "b") * 3)
print([1, 2] + [3] * 2)
x = 5
print(x if x > 3 else 0 + 100, (x if x > 10 else 0) + 100)
f = lambda: 1 if False else 2 * 3
print(f())
print(2 ** -1 * 4, -2 ** -2)
