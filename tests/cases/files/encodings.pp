# Encodings, error handlers and newline translation.
import os

p = "/tmp/pyproc-test-%d-encodings.txt" % os.getpid()
text = "caf\xe9 \u4e2d\u6587 \U0001f600\n"
with open(p, "w", encoding="utf-8") as f:
    print(f.encoding, f.errors, f.write(text))
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="utf8") as f:
    print(f.read() == text, f.encoding)
with open(p, encoding="latin-1") as f:
    print(ascii(f.read()))
with open(p, encoding="ascii", errors="replace") as f:
    print(ascii(f.read()))
with open(p, encoding="ascii", errors="ignore") as f:
    print(repr(f.read()))
with open(p, encoding="ascii", errors="backslashreplace") as f:
    print(f.read())
try:
    with open(p, encoding="ascii") as f:
        f.read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e)

with open(p, "w", encoding="latin-1") as f:
    f.write("\xe9t\xe9\n")
    try:
        f.write("\u4e2d\u6587!")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e)
with open(p, "rb") as f:
    print(f.read())
for errors in ["replace", "ignore", "backslashreplace", "xmlcharrefreplace"]:
    with open(p, "w", encoding="ascii", errors=errors) as f:
        f.write("a\xe9\u4e2db")
    with open(p, "rb") as f:
        print(errors, f.read())

with open(p, "wb") as f:
    f.write(b"ok\xc3\xa9\xff\xfe end\n\xe4\xb8")
for errors in ["strict", "replace", "ignore", "backslashreplace"]:
    try:
        with open(p, encoding="utf-8", errors=errors) as f:
            print(errors, ascii(f.read()))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError:", e)

with open(p, "wb") as f:
    f.write(b"a\r\nb\rc\nd\r")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, newline=nl) as f:
        print(repr(nl), f.readlines())
    with open(p, newline=nl) as f:
        print(repr(nl), repr(f.read()))
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p, "w", newline=nl) as f:
        f.write("x\ny\r\n")
    with open(p, "rb") as f:
        print(repr(nl), f.read())

for bad in [dict(encoding="klingon"), dict(newline="x"), dict(encoding=5)]:
    try:
        open(p, **bad)
    except (LookupError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    with open(p, encoding="utf-8", errors="bogus") as f:
        f.read()
    with open(p, "wb") as f:
        f.write(b"\xff")
    with open(p, encoding="utf-8", errors="bogus") as f:
        f.read()
except LookupError as e:
    print("LookupError:", e)
os.remove(p)
