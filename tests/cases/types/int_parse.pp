# int() parsing with bases, str/repr of ints, int.bit_length, to_bytes/from_bytes.
print(int("42"), int("  -17  "), int("+8"), int("1_000"))
print(int("ff", 16), int("FF", 16), int("0xff", 16), int("0xff", 0), int("0o17", 0), int("0b101", 0))
print(int("777", 8), int("1010", 2), int("z", 36), int("Zz", 36))
print(int(3.99), int(-3.99), int(True), int("0"), int())
for bad in ["abc", "1.5", "", "0x10", "1 2"]:
    try:
        int(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    int("12", 2)
except ValueError as e:
    print("ValueError:", e)
try:
    int("1", 37)
except ValueError as e:
    print("ValueError:", e)
for n in [0, 1, 255, 256, -1, -256, 2 ** 64]:
    print(n, n.bit_length())
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"))
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"))
print((-1).to_bytes(2, "big", signed=True), int.from_bytes(b"\xff\xfe", "big", signed=True))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print("OverflowError:", e)
print(int("١٢٣"), str(-0), repr(10 ** 21))
