# strsignal and valid_signals.
import signal

for n in (signal.SIGHUP, signal.SIGINT, signal.SIGKILL, signal.SIGSEGV, signal.SIGTERM, signal.SIGCHLD, 34, 40, 64):
    print(int(n), repr(signal.strsignal(n)))
print(signal.strsignal(32), signal.strsignal(33))
for bad in (0, -1, 65, 1000):
    try:
        signal.strsignal(bad)
    except ValueError as e:
        print("ValueError:", e)

valid = signal.valid_signals()
print(type(valid).__name__, len(valid), signal.SIGKILL in valid, 32 in valid, 0 in valid)
print(sorted(valid)[:3], sorted(valid)[-3:])
print(sorted(x for x in valid if not isinstance(x, signal.Signals))[:3])
