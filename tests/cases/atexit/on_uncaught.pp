# atexit handlers run after an uncaught exception's traceback.
import atexit
atexit.register(lambda: print("handler ran"))
def fail():
    raise KeyError("missing")
fail()
