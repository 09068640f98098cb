# A handler for SIGUSR1 sent with os.kill(os.getpid(), ...) runs before kill
# returns; SIG_IGN ignores SIGUSR2; a handler that raises propagates from kill.
import os
import signal

got = []
signal.signal(signal.SIGUSR1, lambda signum, frame: got.append(signum))
os.kill(os.getpid(), signal.SIGUSR1)
print(got, got[0] == signal.SIGUSR1)
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR2)
print("still here")


def fail(signum, frame):
    raise RuntimeError("from handler %d" % signum)


signal.signal(signal.SIGUSR1, fail)
try:
    os.kill(os.getpid(), signal.SIGUSR1)
except RuntimeError as e:
    print("caught:", e)
