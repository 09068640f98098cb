# An uncaught KeyboardInterrupt prints its traceback, runs atexit, and the
# process dies of SIGINT (exit status 130 as a shell reports it).
import atexit
import signal

atexit.register(lambda: print("atexit ran"))
print("before", flush=True)

def f():
    signal.raise_signal(signal.SIGINT)

f()
print("not reached")
