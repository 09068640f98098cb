# Handlers run in loops that make no calls: backward jumps are safe points.
import signal

class Stop(Exception):
    pass

def stop(signum, frame):
    raise Stop

signal.signal(signal.SIGALRM, stop)
signal.setitimer(signal.ITIMER_REAL, 0.1)
n = 0
try:
    while True:
        n += 1
except Stop:
    print("stopped the while loop:", n > 0)

# A flag set by the handler ends a busy-wait.
done = False

def finish(signum, frame):
    global done
    done = True

signal.signal(signal.SIGALRM, finish)
signal.setitimer(signal.ITIMER_REAL, 0.1)
spins = 0
while not done:
    spins += 1
print("flag seen:", done, spins > 0)

# A for loop over a long range is interrupted too.
signal.signal(signal.SIGALRM, stop)
signal.setitimer(signal.ITIMER_REAL, 0.1)
try:
    for i in range(10 ** 12):
        pass
except Stop:
    print("stopped the for loop")

# The exception propagates out of nested functions to the try around them.
def inner():
    while True:
        pass

def outer():
    inner()

signal.setitimer(signal.ITIMER_REAL, 0.1)
try:
    outer()
except Stop as e:
    print("through two frames:", type(e).__name__)
signal.setitimer(signal.ITIMER_REAL, 0)
