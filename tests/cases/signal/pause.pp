# signal.pause returns once a handler has run.
import signal
import time

got = []
signal.signal(signal.SIGALRM, lambda n, f: got.append(n))
signal.setitimer(signal.ITIMER_REAL, 0.2)
start = time.monotonic()
print(signal.pause())
print(got, 0.1 < time.monotonic() - start < 2)

signal.signal(signal.SIGUSR1, lambda n, f: got.append(n))
signal.setitimer(signal.ITIMER_REAL, 0.1)
signal.pause()
print(got)
