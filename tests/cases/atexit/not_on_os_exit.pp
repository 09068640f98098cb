# os._exit skips atexit handlers and does not flush (so flush first).
import atexit
import os
atexit.register(print, "never printed")
print("before _exit", flush=True)
os._exit(3)
