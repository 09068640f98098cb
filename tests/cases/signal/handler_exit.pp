# A handler raising SystemExit ends the program with that code, running
# atexit and finally blocks on the way out.
import atexit
import signal
import sys
import time

atexit.register(lambda: print("atexit ran"))

def on_term(signum, frame):
    print("handler for", signal.Signals(signum).name)
    sys.exit(3)

signal.signal(signal.SIGTERM, on_term)
signal.signal(signal.SIGALRM, lambda n, f: signal.raise_signal(signal.SIGTERM))
signal.setitimer(signal.ITIMER_REAL, 0.1)
try:
    time.sleep(5)
finally:
    print("finally ran")
print("not reached")
