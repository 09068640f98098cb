# print with sep, end, multiple args, no args, file=sys.stderr, flush.
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=", ", end=".\n")
print("no newline", end="")
print(" -> continued")
print()
print(1, 2.5, None, True, [1], {"k": (1,)}, sep="|")
print("x", end="")
print("y", end="")
print(sep="ignored")
print("to stderr", 42, file=sys.stderr)
print("flushed", flush=True)
print("sep None", "end None", sep=None, end=None)
print(*range(5), sep="-", end="!\n")
print("", "", sep="X")
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
print("multi\nline", "args", sep="\n")
sys.stdout.write("written directly\n")
print("tab\tsep", "unicode é中", sep="\t")
