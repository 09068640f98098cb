# chr, ord, hex, oct, bin on positive/negative/big numbers.
print(chr(65), chr(97), chr(0x4e2d), chr(128512), repr(chr(0)), repr(chr(10)))
print(ord("A"), ord("é"), ord("中"), ord("😀"), ord(b"a"), ord(bytearray(b"z")))
try:
    chr(-1)
except ValueError as e:
    print("ValueError:", e)
try:
    chr(0x110000)
except ValueError as e:
    print("ValueError:", e)
try:
    ord("ab")
except TypeError as e:
    print("TypeError:", e)
try:
    ord("")
except TypeError as e:
    print("TypeError:", e)
for n in [0, 1, 10, 255, -255, 2 ** 64, -(2 ** 70)]:
    print(n, hex(n), oct(n), bin(n))
try:
    hex(1.5)
except TypeError as e:
    print("TypeError:", e)
print("".join(chr(ord(c) + 1) for c in "HAL"), [ord(c) - ord("a") for c in "abz"])
