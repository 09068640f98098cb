# print(file=...), flush=, and replacing sys.stdout.
import os
import sys

print("to stderr", file=sys.stderr)
print("to stdout", file=sys.stdout, flush=True)
print("err", 2, sep="-", end="!\n", file=sys.stderr)
sys.stderr.write("direct stderr\n")

p = "/tmp/pyproc-test-%d-print_file.txt" % os.getpid()
with open(p, "w") as f:
    print("into", "file", file=f)
    print("flushed", file=f, flush=True)
    with open(p) as g:
        print(repr(g.read()))
    saved = sys.stdout
    sys.stdout = f
    print("redirected print")
    sys.stdout.write("redirected write\n")
    sys.stdout = saved
print("back on stdout")
with open(p) as f:
    print(repr(f.read()))


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        self.parts.append("<flush>")


c = Collector()
print("a", "b", file=c, flush=True)
sys.stdout = c
print("captured")
sys.stdout = sys.__stdout__
print("".join(c.parts))
try:
    print("x", file=42)
except AttributeError as e:
    print("AttributeError:", e)
f = open(p, "w")
f.close()
try:
    print("x", file=f)
except ValueError as e:
    print("ValueError:", e)
os.remove(p)
