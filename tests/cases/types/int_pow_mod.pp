# pow() with modulus, negative exponent, modular inverse.
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 10 ** 9 + 7))
print(pow(2, -1), pow(2.0, 3), pow(-2, 3), pow(-8, 1 / 3) == pow(-8, 1 / 3))
print(pow(3, -1, 7), pow(38, -1, 97), (38 * pow(38, -1, 97)) % 97)
print(pow(-3, 3, 5), pow(3, 3, -5), pow(0, 0, 7), pow(5, 0, 1))
print(pow(12345678901234567891, 98765, 10 ** 20))
try:
    pow(2, -1, 4)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print("TypeError:", e)
print(2 ** 0.5, 4 ** 0.5, 10 ** -2, (-1) ** 0.5 if False else "skip complex")
print(0 ** 5, 1 ** 1000, (-1) ** 1001)
try:
    0 ** -1
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
