# str.encode / bytes.decode with utf-8, ascii, latin-1 and error handlers.
s = "héllo €"
print(s.encode(), s.encode("utf-8"), s.encode("latin-1", errors="replace"))
print(s.encode("ascii", "ignore"), s.encode("ascii", "replace"), s.encode("ascii", "xmlcharrefreplace"))
try:
    s.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
b = s.encode()
print(b.decode(), b.decode("utf-8") == s, len(b), len(s))
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)
print(b"\xff".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"), b"\xe9".decode("latin-1"))
print("😀".encode("utf-8"), "😀".encode("utf-16-le"), len("😀".encode("utf-32-le")))
print(str(b"abc", "ascii"), str(b"abc"), bytes("xyz", "utf-8"))
print(isinstance(UnicodeDecodeError("utf-8", b"x", 0, 1, "r"), ValueError))
