# print writes each argument, separator and end separately (a file object
# sees the same calls, buffers fill at the same points); OSError args keep
# (errno, strerror) only; a str path with NUL.
import os
class W:
    def __init__(self): self.calls = []
    def write(self, s): self.calls.append(s)
w = W()
print("a", "b", 3, sep="-", end="!\n", file=w)
print(w.calls)
print(OSError(2, 'x', 'f').args, OSError(2, 'x', 'f', None, 'g'))
try: os.mkdir("a\0")
except ValueError as e: print(e)
print("x" * 10000)
os.write(1, b"R")
print("tail")
