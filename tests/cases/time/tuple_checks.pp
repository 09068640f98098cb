# Time tuples given to strftime, asctime and mktime: conversions, range
# checks and the zero values CPython accepts.
import time

def attempt(label, f, *args):
    try:
        print(label, "->", repr(f(*args)))
    except (TypeError, ValueError, OverflowError) as e:
        print(label, type(e).__name__ + ":", e)

fmt = "%Y-%m-%d %H:%M:%S %a %j %Z"
base = [2024, 1, 1, 0, 0, 0, 0, 1, 0]
cases = [
    (1, [-1, 0, 1, 12, 13]),
    (2, [-1, 0, 1, 31, 32]),
    (3, [-1, 0, 23, 24]),
    (4, [-1, 59, 60]),
    (5, [-1, 60, 61, 62]),
    (6, [-8, -2, -1, 0, 6, 7, 8]),
    (7, [-1, 0, 1, 366, 367]),
    (8, [-2, -1, 0, 1, 2]),
]
for index, values in cases:
    for v in values:
        t = list(base)
        t[index] = v
        t = tuple(t)
        attempt("strftime %d=%d" % (index, v), time.strftime, fmt, t)
        attempt("asctime  %d=%d" % (index, v), time.asctime, t)

attempt("strftime str item", time.strftime, "%Y", (2024, 1, 1, 0, 0, 0, 0, 1, "x"))
attempt("strftime float item", time.strftime, "%Y", (2024, 1, 1, 0, 0, 0, 0, 1, 1.5))
attempt("strftime huge year", time.strftime, "%Y", (2 ** 40, 1, 1, 0, 0, 0, 0, 1, 0))
attempt("strftime list", time.strftime, "%Y", [2024, 1, 1, 0, 0, 0, 0, 1, 0])
attempt("strftime short", time.strftime, "%Y", (1, 2))
attempt("strftime str tuple", time.strftime, "%Y", "abc")
attempt("strftime bytes", time.strftime, b"%Y")
attempt("strftime int fmt", time.strftime, 1)
attempt("strftime no args", time.strftime)
attempt("strftime 3 args", time.strftime, "%Y", base, 3)
attempt("strftime empty", time.strftime, "", tuple(base))
attempt("strftime unknown", time.strftime, "%Y %Q %", tuple(base))
attempt("strftime nul", time.strftime, "a\x00b", tuple(base))
attempt("strftime year -5", time.strftime, "%Y", (-5, 1, 1, 0, 0, 0, 0, 1, 0))
attempt("strftime long", time.strftime, "%Y" * 500, tuple(base))
attempt("asctime 2 args", time.asctime, tuple(base), 1)

attempt("mktime", time.mktime, tuple(base))
attempt("mktime month 13", time.mktime, (2024, 13, 1, 0, 0, 0, 0, 1, 0))
attempt("mktime bad wday/yday", time.mktime, (2024, 1, 1, 0, 0, 0, 9, 400, 0))
attempt("mktime float", time.mktime, (1e3, 1, 1, 0, 0, 0, 0, 1, 0))
attempt("mktime short", time.mktime, (1, 2))
attempt("mktime int", time.mktime, 1)
attempt("mktime no args", time.mktime)
g = time.gmtime(1700000000)
attempt("mktime struct_time", time.mktime, g)
attempt("strftime struct_time", time.strftime, "%Y-%m-%dT%H:%M:%S %Z %z", g)
attempt("strftime tiny year", time.strftime, "%Y", (-2 ** 40, 1, 1, 0, 0, 0, 0, 1, 0))
attempt("clock_gettime(2**40)", time.clock_gettime, 2 ** 40)
attempt("clock_getres(-2**40)", time.clock_getres, -2 ** 40)
attempt("clock_gettime(2**70)", time.clock_gettime, 2 ** 70)
