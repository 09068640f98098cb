# The standard streams are text files over fds 0, 1 and 2.
import sys
import io

for s in (sys.stdin, sys.stdout, sys.stderr):
    print(repr(s), s.name, s.mode, s.encoding, s.fileno(), s.closed, s.readable(), s.writable())
print(sys.stdout.line_buffering, sys.stderr.line_buffering, sys.stdout.isatty())
print(type(sys.stdout).__name__, isinstance(sys.stdout, io.TextIOWrapper))
print(sys.stdout is sys.__stdout__, sys.stdin is sys.__stdin__)
print(sys.stdout.write("written\n"))
try:
    sys.stdout.write(b"bytes")
except TypeError as e:
    print("TypeError:", e)
try:
    sys.stdin.write("x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
try:
    sys.stdout.read()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
try:
    sys.stdout.tell()
except io.UnsupportedOperation as e:
    print("UnsupportedOperation:", e)
print(sys.stdin.read())
print(repr(sys.stdin.readline()))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE, io.open is open)
print(io.UnsupportedOperation.__mro__)
