# PEP 475: a signal interrupts time.sleep, the handler runs at once, and
# the sleep resumes for the time that remains.
import signal
import time

events = []

def on_alarm(signum, frame):
    events.append(round(time.monotonic() - start, 1))

signal.signal(signal.SIGALRM, on_alarm)
start = time.monotonic()
print(signal.alarm(1))
time.sleep(2)
elapsed = time.monotonic() - start
print("handler ran once:", len(events) == 1, "at about 1s:", 0.9 <= events[0] < 2)
print("whole sleep:", 2 <= elapsed < 4)

# Several interruptions by an interval timer: the total is still honoured.
events.clear()
start = time.monotonic()
signal.setitimer(signal.ITIMER_REAL, 0.1, 0.1)
time.sleep(0.55)
signal.setitimer(signal.ITIMER_REAL, 0)
elapsed = time.monotonic() - start
print("ticks during sleep:", 2 <= len(events) <= 6, "slept at least 0.55:", 0.55 <= elapsed < 1.5)
print(signal.getitimer(signal.ITIMER_REAL))
print(signal.alarm(0))
