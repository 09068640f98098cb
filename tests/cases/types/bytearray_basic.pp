# bytearray: mutable bytes.
ba = bytearray(b"hello")
print(ba, len(ba), ba[0], ba[1:3])
ba[0] = ord("H")
ba.append(33)
ba.extend(b"??")
print(ba)
ba[1:3] = b"EE"
print(ba)
del ba[-2:]
print(ba, ba.pop(), ba)
ba.insert(0, 62)
ba.reverse()
print(ba, bytes(ba), ba.decode())
ba2 = bytearray(3)
print(ba2, bytearray([1, 2, 3]), bytearray("é", "utf-8"), bytearray())
print(ba == bytes(ba), bytearray(b"ab") + b"cd", b"x" + bytearray(b"y"), bytearray(b"ab") * 2)
try:
    ba[0] = 300
except ValueError as e:
    print("ValueError:", e)
try:
    hash(bytearray(b"x"))
except TypeError as e:
    print("TypeError:", e)
c = bytearray(b"a-b-c")
c.remove(ord("-"))
print(c, c.count(b"-"), c.find(b"c"), c.upper(), c.replace(b"-", b"+"))
c.clear()
print(c, type(c).__name__, bytearray(b"xyz").hex())
