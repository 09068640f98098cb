# time.sleep's argument conversion and errors.
import time

def attempt(label, *args, **kwargs):
    try:
        print(label, "->", repr(time.sleep(*args, **kwargs)))
    except (TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__ + ":", e)

class Index:
    def __index__(self):
        return 0

class Float(float):
    pass

class FloatLike:
    def __float__(self):
        return 0.0

attempt("0", 0)
attempt("0.001", 0.001)
attempt("-0.0", -0.0)
attempt("False", False)
attempt("__index__", Index())
attempt("float subclass", Float(0.001))
attempt("__float__ only", FloatLike())
attempt("-1", -1)
attempt("-1e-12", -1e-12)
attempt("nan", float("nan"))
attempt("inf", float("inf"))
attempt("1e300", 1e300)
attempt("2**70", 2 ** 70)
attempt("str", "1")
attempt("None", None)
attempt("no args")
attempt("two args", 1, 2)
attempt("keyword", secs=1)
start = time.monotonic()
time.sleep(0.2)
print("slept 0.2:", 0.2 <= time.monotonic() - start < 2)
