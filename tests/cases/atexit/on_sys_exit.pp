# atexit handlers run on sys.exit, and an exception in one is reported while
# mask: 0x[0-9a-f]+
# the others still run; the exit code stays.
import atexit
import sys

atexit.register(print, "first registered, runs last")

def broken():
    raise ValueError("boom in handler")

atexit.register(broken)
atexit.register(print, "runs first")
sys.exit(4)
