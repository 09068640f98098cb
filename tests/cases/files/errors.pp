# Errors of open() and of operations on closed files.
import os

p = "/tmp/pyproc-test-%d-errors.txt" % os.getpid()
missing = p + ".missing"
try:
    open(missing)
except FileNotFoundError as e:
    print("FileNotFoundError:", str(e).replace(missing, "M"))
    print(e.errno, e.strerror, e.filename == missing)
try:
    open("/tmp")
except IsADirectoryError as e:
    print("IsADirectoryError:", e)
try:
    open("/nonexistent-dir-pyproc/x", "w")
except OSError as e:
    print(type(e).__name__, e.errno)

bad_args = [
    ((p, "q"), {}),
    ((p, "rw"), {}),
    ((p, ""), {}),
    ((p, "rr"), {}),
    ((p, "rbt"), {}),
    ((p, "r"), dict(buffering=0)),
    ((p, "rb"), dict(encoding="utf-8")),
    ((p, "rb"), dict(errors="strict")),
    ((p, "rb"), dict(newline="")),
    ((p, 5), {}),
    ((3.5,), {}),
    ((p,), dict(closefd=False)),
    ((p,), dict(bogus=1)),
    ((), {}),
    ((-1,), {}),
    ((p, "r", "x"), {}),
]
for args, kwargs in bad_args:
    try:
        open(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, str(e).replace(p, "P"))

with open(p, "w") as f:
    f.write("data\n")
for mode in ["r", "w", "rb", "wb", "r+b"]:
    f = open(p, mode)
    f.close()
    f.close()
    results = []
    for name in ["read", "readline", "write", "flush", "tell", "fileno", "seek", "isatty", "readable", "__iter__", "__enter__"]:
        args = {"write": ["x" if "b" not in mode else b"x"], "seek": [0]}.get(name, [])
        try:
            getattr(f, name)(*args)
            results.append(name + ": ok")
        except Exception as e:
            results.append("%s: %s: %s" % (name, type(e).__name__, e))
    print(mode, f.closed)
    for r in results:
        print("  " + r)
f = open(p, "rb", buffering=0)
f.close()
for name in ["read", "write", "fileno", "tell"]:
    try:
        getattr(f, name)(*([b"x"] if name == "write" else []))
    except ValueError as e:
        print("FileIO", name, e)
os.remove(p)
