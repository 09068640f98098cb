# SIGINT: KeyboardInterrupt by default, or a Python handler, or ignored.
import signal

try:
    signal.raise_signal(signal.SIGINT)
    print("not reached")
except KeyboardInterrupt as e:
    print("KeyboardInterrupt", repr(e), e.args)

try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt:
    print("default_int_handler raises KeyboardInterrupt")

try:
    while True:
        signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("interrupted a loop")

old = signal.signal(signal.SIGINT, lambda n, f: print("custom SIGINT handler", n))
print(old is signal.default_int_handler)
signal.raise_signal(signal.SIGINT)
signal.signal(signal.SIGINT, signal.SIG_IGN)
signal.raise_signal(signal.SIGINT)
print("ignored")
print(repr(signal.signal(signal.SIGINT, signal.default_int_handler)))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print("default again")
