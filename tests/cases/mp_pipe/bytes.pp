# send_bytes / recv_bytes / recv_bytes_into with offsets, sizes, maximum
# lengths, and their errors.
import multiprocessing as mp

a, b = mp.Pipe()

a.send_bytes(b"hello world")
print(b.recv_bytes())
a.send_bytes(b"hello world", 6)
print(b.recv_bytes())
a.send_bytes(b"hello world", 0, 5)
print(b.recv_bytes())
a.send_bytes(bytearray(b"0123456789"), 2, 3)
print(b.recv_bytes())
a.send_bytes(b"abc", 3)
print(b.recv_bytes())
a.send_bytes(b"")
print(b.recv_bytes())
a.send_bytes(b"kw", offset=1, size=1)
print(b.recv_bytes())
a.send_bytes(b"abc", size=None)
print(b.recv_bytes(maxlength=3))
a.send_bytes(bytes(range(256)))
print(b.recv_bytes(None) == bytes(range(256)))

# Bytes and objects share one stream.
a.send_bytes(b"raw")
a.send({"obj": 1})
print(b.recv_bytes(), b.recv())

for args in [(b"abc", -1), (b"abc", 4), (b"abc", 1, -1), (b"abc", 1, 3),
             (b"abc", 1.0), ("text",), (12,), (b"abc", "1")]:
    try:
        a.send_bytes(*args)
    except Exception as e:
        print(args, type(e).__name__, e)

a.send_bytes(b"too long")
try:
    b.recv_bytes(3)
except OSError as e:
    print(type(e).__name__, e, e.args, e.errno)
# The rest of that message cannot be told from the next: b stops reading.
print(b.readable, b.writable, b.closed)
try:
    b.recv_bytes()
except OSError as e:
    print(type(e).__name__, e)
b.send_bytes(b"still writes")
print(a.recv_bytes())
try:
    a.recv_bytes(-1)
except ValueError as e:
    print(type(e).__name__, e)
# A read-only end is closed instead.
r, w = mp.Pipe(duplex=False)
w.send_bytes(b"too long")
try:
    r.recv_bytes(maxlength=2)
except OSError as e:
    print(type(e).__name__, e)
print(r.readable, r.closed)
w.close()

c, d = mp.Pipe()
buf = bytearray(b"." * 10)
c.send_bytes(b"xyz")
print(d.recv_bytes_into(buf), buf)
c.send_bytes(b"XYZ")
print(d.recv_bytes_into(buf, 7), buf)
c.send_bytes(b"")
print(d.recv_bytes_into(buf, 10), buf)
c.send_bytes(b"0123456789")
print(d.recv_bytes_into(buf, offset=0), buf)

c.send_bytes(b"abcdefgh")
try:
    d.recv_bytes_into(bytearray(4))
except mp.BufferTooShort as e:
    print(type(e).__name__, repr(e), e.args[0])
    print(isinstance(e, mp.ProcessError), isinstance(e, Exception))
c.send_bytes(b"abc")
try:
    d.recv_bytes_into(bytearray(4), 2)
except mp.BufferTooShort as e:
    print(type(e).__name__, e.args)
for args in [(bytearray(3), -1), (bytearray(3), 4), ("str",)]:
    try:
        d.recv_bytes_into(*args)
    except Exception as e:
        print(type(e).__name__, e)
c.send_bytes(b"after")
print(d.recv_bytes())
for x in (a, b, c, d):
    x.close()
