# A process killed by a signal runs no atexit handlers.
import atexit
import os
import signal
atexit.register(print, "never printed")
print("killing myself", flush=True)
os.kill(os.getpid(), signal.SIGTERM)
print("not reached")
