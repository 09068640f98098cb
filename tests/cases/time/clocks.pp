# The clocks: types, monotonicity, nanosecond variants, clock_gettime and
# get_clock_info.
import time

names = ["time", "monotonic", "perf_counter", "process_time", "thread_time"]
for name in names:
    f = getattr(time, name)
    f_ns = getattr(time, name + "_ns")
    a, b = f(), f()
    print(name, type(a).__name__, type(f_ns()).__name__, a <= b or name == "time")
    try:
        f(1)
    except TypeError as e:
        print("  TypeError:", e)
    try:
        f_ns(x=1)
    except TypeError as e:
        print("  TypeError:", e)

ns = time.monotonic_ns()
print(abs(time.monotonic() - ns / 1e9) < 1)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1)
print(abs(time.clock_gettime_ns(time.CLOCK_MONOTONIC) - time.monotonic_ns()) < 10 ** 9)
print(type(time.clock_gettime_ns(time.CLOCK_BOOTTIME)).__name__)
print(time.clock_getres(time.CLOCK_MONOTONIC), time.clock_getres(time.CLOCK_REALTIME))
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID,
      time.CLOCK_THREAD_CPUTIME_ID, time.CLOCK_MONOTONIC_RAW, time.CLOCK_BOOTTIME, time.CLOCK_TAI)

# CPU time grows with work, not with sleeping.
p0 = time.process_time()
total = 0
for i in range(300000):
    total += i
p1 = time.process_time()
time.sleep(0.2)
p2 = time.process_time()
print(p1 > p0, p2 - p1 < 0.15)

for name in names:
    info = time.get_clock_info(name)
    print(info)
    print(info.implementation, info.monotonic, info.adjustable, info.resolution)

def attempt(label, f, *args, **kwargs):
    try:
        print(label, "->", repr(f(*args, **kwargs)))
    except (TypeError, ValueError, OSError) as e:
        print(label, type(e).__name__ + ":", e)

attempt("get_clock_info('x')", time.get_clock_info, "x")
attempt("get_clock_info(1)", time.get_clock_info, 1)
attempt("get_clock_info()", time.get_clock_info)
attempt("clock_gettime(99)", time.clock_gettime, 99)
attempt("clock_gettime('a')", time.clock_gettime, "a")
attempt("clock_gettime()", time.clock_gettime)
attempt("clock_gettime_ns(1, 2)", time.clock_gettime_ns, 1, 2)
attempt("clock_getres(99)", time.clock_getres, 99)
attempt("clock_settime(1)", time.clock_settime, 1)
attempt("clock_settime(0, 'x')", time.clock_settime, 0, "x")
attempt("clock_settime_ns(0, 1.5)", time.clock_settime_ns, 0, 1.5)
attempt("clock_settime(MONOTONIC)", time.clock_settime, time.CLOCK_MONOTONIC, 0)
