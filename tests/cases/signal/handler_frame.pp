# A signal handler receives the frame that was running: its code's name,
# its line and its globals.
import os
import signal
import time

MARK = "module global"
seen = []


def handler(signum, frame):
    code = frame.f_code
    seen.append((signum, code.co_name, frame.f_lineno, frame.f_globals["MARK"]))
    # Where a busy loop is interrupted varies; the other lines do not.
    line = "-" if code.co_name == "spinner" else frame.f_lineno
    print("in", code.co_name, "line", line, frame.f_globals is globals())


signal.signal(signal.SIGUSR1, handler)
signal.raise_signal(signal.SIGUSR1)


def sender():
    x = 41
    os.kill(os.getpid(), signal.SIGUSR1)
    return x + 1


print(sender())


def sleeper():
    signal.setitimer(signal.ITIMER_REAL, 0.01)
    time.sleep(0.5)


def pauser():
    signal.setitimer(signal.ITIMER_REAL, 0.01)
    signal.pause()


signal.signal(signal.SIGALRM, handler)
sleeper()
pauser()


def spinner():
    signal.setitimer(signal.ITIMER_REAL, 0.01)
    n = 0
    while len(seen) < 5:
        n += 1
    return "spun"


print(spinner(), seen[-1][1], seen[-1][3])
print(type(seen[0][2]).__name__)


# The frame's type, repr and locals, as CPython shows them.
def inspector(signum, frame):
    print(type(frame).__name__, sorted(frame.f_locals), frame.f_locals["x"])
    text = repr(frame)
    print(text.startswith("<frame at 0x"), text.endswith(", line 68, code with_locals>"))


def with_locals(a, b=2):
    x = a + b
    signal.raise_signal(signal.SIGUSR2)


signal.signal(signal.SIGUSR2, inspector)
with_locals(40)
