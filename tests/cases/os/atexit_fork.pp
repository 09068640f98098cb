# A forked child inherits atexit registrations; os._exit skips them.
import atexit
import os
import sys

atexit.register(print, "atexit in", "parent-or-child")
pid = os.fork()
if pid == 0:
    sys.exit(0)
os.waitpid(pid, 0)
pid = os.fork()
if pid == 0:
    os._exit(0)
os.waitpid(pid, 0)
print("parent done", flush=True)
