# bytes literals, repr, indexing gives ints, slicing gives bytes, iteration.
b = b"Hello\x00\xff\n\t'\""
print(b, len(b))
print(b[0], b[-1], b[1:3], b[::-1][:3], list(b[:5]))
print(bytes(3), bytes([65, 66, 67]), bytes(range(3)), bytes("hé", "utf-8"), bytes())
print(b"abc" + b"def", b"ab" * 3, b"b" in b"abc", 98 in b"abc", b"" in b"x")
print(b"abc" == b"abc", b"abc" < b"abd", b"abc" == "abc")
print(repr(b"\x7f\x80"), repr(b"'"), repr(b"'\""), b"\\")
print([x for x in b"hi"], sum(b"\x01\x02\x03"), max(b"azb"))
try:
    b[0] = 1
except TypeError as e:
    print("TypeError:", e)
try:
    bytes([256])
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError:", e)
print(type(b[0]).__name__, type(b[0:1]).__name__, hash(b"x") == hash(b"x"))
print(bytes.fromhex("de ad be ef"), b"\xde\xad".hex(), b"abc".hex("-"), b"".hex())
