# sys.argv: script name first, then the arguments from the "# args:" header.
# args: alpha "two words" 42 --flag=x
import sys
print(len(sys.argv))
print(sys.argv[0].split("/")[-1])
print(sys.argv[1:])
for i, arg in enumerate(sys.argv[1:], 1):
    print(i, repr(arg))
print(int(sys.argv[3]) * 2, sys.argv[4].split("="))
print(type(sys.argv).__name__, all(isinstance(a, str) for a in sys.argv))
