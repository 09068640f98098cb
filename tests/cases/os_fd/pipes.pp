# os.pipe, os.read/os.write, inheritance and blocking flags.
import os

r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w), os.get_blocking(r))
print(os.write(w, b"hello "), os.write(w, bytearray(b"world")))
print(os.read(r, 3), os.read(r, 100))
os.set_inheritable(w, True)
print(os.get_inheritable(w))
os.set_inheritable(w, False)
print(os.get_inheritable(w))
os.set_blocking(r, False)
print(os.get_blocking(r))
try:
    os.read(r, 10)
except BlockingIOError as e:
    print("BlockingIOError:", e.errno)
os.set_blocking(r, True)
os.write(w, b"last")
os.close(w)
print(os.read(r, 100), os.read(r, 100))
os.close(r)
print(os.isatty(r))

r, w = os.pipe2(0)
print(os.get_inheritable(r), os.get_blocking(w))
os.close(r)
os.close(w)
r, w = os.pipe2(os.O_CLOEXEC | os.O_NONBLOCK)
print(os.get_inheritable(r), os.get_blocking(w))
try:
    os.write(w, b"x" * 1000000)
except BlockingIOError:
    print("unexpected")
else:
    print("partial write accepted")
os.close(r)
try:
    os.write(w, b"x")
except BrokenPipeError as e:
    print("BrokenPipeError:", e)
os.close(w)

for call in [lambda: os.write(1, "text"), lambda: os.write(1, 5), lambda: os.read(0),
             lambda: os.close(), lambda: os.close("x"), lambda: os.pipe(1), lambda: os.dup()]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
for call in [lambda: os.close(999), lambda: os.read(999, 1), lambda: os.write(999, b"x"),
             lambda: os.dup(999), lambda: os.dup2(999, 50), lambda: os.get_inheritable(999),
             lambda: os.set_blocking(999, True), lambda: os.lseek(999, 0, 0), lambda: os.read(0, -1)]:
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e)
