# Timestamps given to gmtime, localtime and ctime; strptime errors; the
# zone globals (the harness runs with TZ=UTC).
import time

def attempt(label, f, *args, **kwargs):
    try:
        print(label, "->", repr(f(*args, **kwargs)))
    except (TypeError, ValueError, OverflowError, OSError) as e:
        print(label, type(e).__name__ + ":", e)

class Index:
    def __index__(self):
        return 5

class Float(float):
    pass

attempt("gmtime(-1.5)", time.gmtime, -1.5)
attempt("gmtime(1.9)", time.gmtime, 1.9)
attempt("gmtime(True)", time.gmtime, True)
attempt("gmtime(__index__)", time.gmtime, Index())
attempt("gmtime(float subclass)", time.gmtime, Float(2.5))
attempt("gmtime('x')", time.gmtime, "x")
attempt("gmtime(nan)", time.gmtime, float("nan"))
attempt("gmtime(1e17)", time.gmtime, 1e17)
attempt("gmtime(2**62)", time.gmtime, 2 ** 62)
attempt("gmtime(2**63)", time.gmtime, 2 ** 63)
attempt("gmtime(1e20)", time.gmtime, 1e20)
attempt("gmtime(1, 2)", time.gmtime, 1, 2)
attempt("gmtime(x=1)", time.gmtime, x=1)
attempt("localtime(-2**62)", time.localtime, -2 ** 62)
attempt("localtime(1, 2, 3)", time.localtime, 1, 2, 3)
attempt("ctime(0)", time.ctime, 0)
attempt("ctime(1e17)", time.ctime, 1e17)
attempt("ctime('x')", time.ctime, "x")
attempt("ctime(nan)", time.ctime, float("nan"))
print(time.gmtime(None) is not None, type(time.ctime(None)).__name__)

attempt("strptime()", time.strptime)
attempt("strptime 3 args", time.strptime, "1", "2", "3")
attempt("strptime(1)", time.strptime, 1)
attempt("strptime('2024', 1)", time.strptime, "2024", 1)
attempt("strptime kw", time.strptime, "2024", format="%Y")
attempt("strptime mismatch", time.strptime, "abc", "%Y")
attempt("strptime leftover", time.strptime, "2024x", "%Y")
attempt("strptime year", time.strptime, "2024", "%Y")
attempt("strptime default format", time.strptime, "Mon Jan  1 12:30:00 2024")

st = time.localtime(0)
print(st.tm_zone, st.tm_gmtoff, time.strftime("%Z %z", st))
print(time.timezone, time.altzone, time.daylight, time.tzname)
print(time.tzset(), time.timezone, time.tzname)
attempt("tzset(1)", time.tzset, 1)
