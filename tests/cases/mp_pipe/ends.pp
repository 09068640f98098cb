# mask: 0x[0-9a-f]+
# Duplex and simplex ends: attributes, directions, closing, the context
# manager, repr, and the errors of a wrong direction or a closed handle.
import multiprocessing as mp
import os

a, b = mp.Pipe()
print(repr(a))
print(type(a), type(a).__name__, type(a).__module__)
print(a.readable, a.writable, a.closed, b.readable, b.writable, b.closed)
print(isinstance(a.fileno(), int), a.fileno() != b.fileno())
a.send("a to b")
b.send("b to a")
print(b.recv(), a.recv())

r, w = mp.Pipe(False)
print(r.readable, r.writable, w.readable, w.writable)
w.send("one way")
print(r.recv())
r2, w2 = mp.Pipe(duplex=False)
w2.send_bytes(b"kw")
print(r2.recv_bytes())


def attempt(label, f, *args):
    try:
        result = f(*args)
    except Exception as e:
        print(label, "->", type(e).__name__, e.args)
    else:
        print(label, "->", result)


attempt("r.send", r.send, 1)
attempt("r.send_bytes", r.send_bytes, b"x")
attempt("w.recv", w.recv)
attempt("w.recv_bytes", w.recv_bytes)
attempt("w.recv_bytes_into", w.recv_bytes_into, bytearray(3))
attempt("w.poll", w.poll)

a.close()
print(a.closed, a.readable, a.writable)
a.close()
print("second close is fine")
for name, args in [("send", (1,)), ("recv", ()), ("send_bytes", (b"x",)),
                   ("recv_bytes", ()), ("recv_bytes_into", (bytearray(1),)),
                   ("poll", ()), ("fileno", ())]:
    attempt("closed " + name, getattr(a, name), *args)

with mp.Pipe()[0] as c:
    print("inside", c.closed)
print("after", c.closed)
x, y = mp.Pipe()
with x as entered:
    print(entered is x)
    with y:
        x.send("in with")
        print(y.recv())
print(x.closed, y.closed)
print(x.__exit__(None, None, None))
try:
    with mp.Pipe(True)[1] as c2:
        raise KeyError("boom")
except KeyError as e:
    print("propagated", repr(e), c2.closed)

# Unencodable values are refused before anything is written.
p, q = mp.Pipe()
attempt("generator", p.send, (i for i in range(3)))
attempt("nested generator", p.send, [1, {"g": (i for i in range(3))}])
p.send("next message intact")
print(q.recv())
print(q.poll())
for conn in (b, r, w, r2, w2, p, q):
    conn.close()

