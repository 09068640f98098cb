# sys.stdin.readline, input(), iteration and read() share one buffer.
import sys

print(repr(sys.stdin.readline()))
print(repr(input()))
print(repr(input("prompt> ")))
print(repr(sys.stdin.readline(4)), repr(sys.stdin.readline()))
for line in sys.stdin:
    print("iter:", repr(line))
    if line.startswith("stop"):
        break
print(repr(sys.stdin.read(5)))
print(repr(sys.stdin.read()))
print(repr(sys.stdin.read()), repr(sys.stdin.readline()))
try:
    input("last? ")
except EOFError as e:
    print("EOFError:", e)
