# Integer arithmetic at the edges of the machine word: floor division and
# modulo with every sign combination, true division (exact below 2**53,
# correctly rounded above), bit operations and shifts that overflow into
# big ints, and the errors for zero divisors and negative shift counts.
vals = [0, 1, -1, 2, -2, 3, -3, 7, -7, 10, -10, 2**31, -2**31, 2**53, -2**53,
        2**53 + 1, 2**62, -2**62, 2**63 - 1, -2**63, 12345678901, -98765]
ops = [
    ("//", lambda a, b: a // b),
    ("%", lambda a, b: a % b),
    ("/", lambda a, b: a / b),
    ("*", lambda a, b: a * b),
    ("+", lambda a, b: a + b),
    ("-", lambda a, b: a - b),
    ("&", lambda a, b: a & b),
    ("|", lambda a, b: a | b),
    ("^", lambda a, b: a ^ b),
]
for x in vals:
    row = []
    for y in vals:
        for name, f in ops:
            try:
                row.append(repr(f(x, y)))
            except ZeroDivisionError as e:
                row.append("ZeroDivisionError: " + str(e))
    print(x, " ".join(row))
for x in vals:
    print(x, [x << s for s in (0, 1, 5, 31, 32, 62, 63, 64, 70)],
          [x >> s for s in (0, 1, 5, 31, 32, 62, 63, 64, 70)])
for x in (1, 0):
    try:
        x << -1
    except ValueError as e:
        print("ValueError:", e)
    try:
        x >> -1
    except ValueError as e:
        print("ValueError:", e)
a = 7
a //= -2
b = -7
b %= 3
c = 5
c <<= 61
d = 2**63 - 1
d += 1
print(a, b, c, d, -(2**63) // -1, (-(2**63)) % -1)
flags = [True, False, True]
n = 0
for f in flags:
    n += f
print(n, 5 - True, True * 7, 7 // True, True / 2, 3 & True, True << 4, 2**63 - 1 + True, -(2**63) - True)
print(True + True, True & False, True ^ True, type(True & False).__name__)
