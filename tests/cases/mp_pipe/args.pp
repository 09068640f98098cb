# Argument errors of Pipe() and the Connection methods, in the words of
# CPython's Python-level signatures.
import multiprocessing as mp

a, b = mp.Pipe(duplex=1)
print(a.writable, b.readable)
r, w = mp.Pipe(0)
print(r.writable, w.readable)
r.close()
w.close()

calls = [
    ("Pipe(1, 2)", lambda: mp.Pipe(1, 2)),
    ("Pipe(simplex=True)", lambda: mp.Pipe(simplex=True)),
    ("send()", lambda: a.send()),
    ("send(1, 2)", lambda: a.send(1, 2)),
    ("send(obj=1, x=2)", lambda: a.send(obj=1, x=2)),
    ("send(1, obj=1)", lambda: a.send(1, obj=1)),
    ("recv(1)", lambda: a.recv(1)),
    ("recv(timeout=1)", lambda: a.recv(timeout=1)),
    ("send_bytes()", lambda: a.send_bytes()),
    ("send_bytes(b'', 0, 0, 0)", lambda: a.send_bytes(b"", 0, 0, 0)),
    ("recv_bytes(1, 2)", lambda: a.recv_bytes(1, 2)),
    ("recv_bytes_into()", lambda: a.recv_bytes_into()),
    ("poll(1, 2)", lambda: a.poll(1, 2)),
    ("poll(wait=1)", lambda: a.poll(wait=1)),
    ("fileno(1)", lambda: a.fileno(1)),
    ("close(1)", lambda: a.close(1)),
    ("__exit__()", lambda: a.__exit__()),
]
for label, call in calls:
    try:
        call()
        print(label, "accepted")
    except TypeError as e:
        print(label, "->", e)
a.send(obj="by keyword")
print(b.recv())
a.send_bytes(buf=b"abc", size=2, offset=1)
print(b.recv_bytes(maxlength=10))
print(b.poll(timeout=0))
print(a.closed, b.closed)
a.close()
b.close()
