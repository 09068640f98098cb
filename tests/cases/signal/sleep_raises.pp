# A handler that raises ends the sleep early; the exception comes out of
# time.sleep (and out of signal.pause).
import signal
import time

class Timeout(Exception):
    pass

def on_alarm(signum, frame):
    raise Timeout("alarm %d" % signum)

signal.signal(signal.SIGALRM, on_alarm)
start = time.monotonic()
signal.alarm(1)
try:
    time.sleep(5)
    print("not interrupted")
except Timeout as e:
    print("caught:", e)
print("elapsed < 3:", time.monotonic() - start < 3)

start = time.monotonic()
signal.setitimer(signal.ITIMER_REAL, 0.2)
try:
    signal.pause()
except Timeout as e:
    print("pause raised:", e)
print("elapsed < 2:", time.monotonic() - start < 2)

# Uncaught, the traceback points at the sleep call.
def wait():
    time.sleep(5)

signal.setitimer(signal.ITIMER_REAL, 0.1)
wait()
