# bytes methods mirror str methods.
b = b"  Hello, World  "
print(b.strip(), b.lower(), b.upper(), b.split(b","), b.strip().split())
print(b"a,b,c".split(b",", 1), b"-".join([b"x", b"y", b"z"]), b"abc".replace(b"b", b"BB"))
print(b"hello".find(b"l"), b"hello".rfind(b"l"), b"hello".count(b"l"), b"hello".index(b"e"))
print(b"hello".startswith(b"he"), b"hello".endswith((b"lo", b"x")), b"abc".isalpha(), b"123".isdigit())
print(b"key=val".partition(b"="), b"abc".center(7, b"*"), b"5".zfill(3), b"ab".ljust(4, b"."))
print(b"hello world".title(), b"HeLLo".swapcase(), b"x y".capitalize())
print(b"caf\xc3\xa9".decode(), b"abc".decode("ascii"), b"line1\nline2".splitlines())
print(b"%s is %d" % (b"x", 5), b"%05.1f" % 3.14159, b"%x" % 255)
print(b"abc".translate(None, b"b"), b"aXbXc".split(b"X"), b"\x00\x01".hex())
try:
    b"abc".decode("utf-8").encode("ascii").decode("nope")
except LookupError as e:
    print("LookupError:", e)
