# time.time/monotonic/perf_counter are floats and never go backwards; sleep sleeps.
import time
t0, m0, p0 = time.time(), time.monotonic(), time.perf_counter()
print(type(t0).__name__, type(m0).__name__, type(p0).__name__)
print(t0 > 1_600_000_000)
total = 0
for i in range(10000):
    total += i
t1, m1, p1 = time.time(), time.monotonic(), time.perf_counter()
print(t1 - t0 >= 0, m1 - m0 >= 0, p1 - p0 >= 0)
start = time.perf_counter()
mstart = time.monotonic()
time.sleep(0.01)
elapsed = time.perf_counter() - start
print(elapsed >= 0.01, time.monotonic() - mstart >= 0.0099, elapsed < 5)
time.sleep(0)
ns = time.time_ns()
print(type(ns).__name__, ns > 1_600_000_000 * 10 ** 9, time.monotonic_ns() >= 0, time.perf_counter_ns() > 0)
try:
    time.sleep(-1)
except ValueError as e:
    print("ValueError:", e)
