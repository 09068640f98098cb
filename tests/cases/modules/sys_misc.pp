# Assorted sys attributes with stable values.
import sys
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder in ("little", "big"))
print(sys.version_info[:2] >= (3, 11), sys.version_info.major, type(sys.version).__name__)
print(sys.platform.startswith("linux"), sys.float_info.max == 1.7976931348623157e308, sys.float_info.epsilon)
print(sys.float_info.dig, sys.float_info.mant_dig, sys.int_info.bits_per_digit in (15, 30))
print(callable(sys.exit), callable(sys.getrecursionlimit))
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None)
print(sys.exc_info() == (None, None, None))
