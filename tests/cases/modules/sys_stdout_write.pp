# sys.stdout.write / sys.stderr.write return the number of characters written.
import sys
n = sys.stdout.write("hello\n")
print(n)
print(sys.stdout.write("中文\n"))
m = sys.stderr.write("to stderr\n")
print(m)
sys.stdout.write("no newline")
sys.stdout.write(" then newline\n")
sys.stdout.flush()
print(sys.stdout.write(""))
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
print(sys.stdout is not sys.stderr, hasattr(sys.stdin, "readline"))
