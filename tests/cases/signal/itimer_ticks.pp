# setitimer with an interval: count ticks in a busy loop, then cancel.
import signal
import time

ticks = 0

def tick(signum, frame):
    global ticks
    ticks += 1

signal.signal(signal.SIGALRM, tick)
print(signal.setitimer(signal.ITIMER_REAL, 0.1, 0.1))
value, interval = signal.getitimer(signal.ITIMER_REAL)
print(0 < value <= 0.1, interval)
deadline = time.monotonic() + 10
while ticks < 5 and time.monotonic() < deadline:
    pass
old = signal.setitimer(signal.ITIMER_REAL, 0)
print("ticks:", ticks, "old interval:", old[1], 0 <= old[0] <= 0.1)
print(signal.getitimer(signal.ITIMER_REAL))
seen = ticks
time.sleep(0.3)
print("no ticks after cancelling:", ticks == seen)

# The CPU-time timers: set, read back, cancel.
print(signal.setitimer(signal.ITIMER_VIRTUAL, 5, 0.25))
v, i = signal.setitimer(signal.ITIMER_VIRTUAL, 0)
print(4 < v < 5.1, i)  # the kernel rounds to its clock tick
print(signal.setitimer(signal.ITIMER_PROF, 0))

# alarm returns the seconds left on the previous alarm.
print(signal.alarm(30))
print(signal.alarm(0) in (29, 30))
