# A Python handler runs when the process sends itself a signal, before
# raise_signal returns; signal() returns the previous handler.
import signal

calls = []

def on_usr1(signum, frame):
    calls.append(signum)
    print("handler got", signum, type(signum).__name__, signum == signal.SIGUSR1)

print(signal.signal(signal.SIGUSR1, on_usr1))
print(signal.getsignal(signal.SIGUSR1) is on_usr1)
signal.raise_signal(signal.SIGUSR1)
print("after raise_signal", calls)
signal.raise_signal(int(signal.SIGUSR1))
print("twice", calls)

# A second handler replaces the first; the old one is returned.
def other(signum, frame):
    print("other handler")

print(signal.signal(signal.SIGUSR1, other) is on_usr1)
signal.raise_signal(signal.SIGUSR1)

# Handlers may be any callable: bound methods, lambdas, instances.
class Counter:
    def __init__(self):
        self.n = 0
    def __call__(self, signum, frame):
        self.n += 1

c = Counter()
signal.signal(signal.SIGUSR2, c)
for _ in range(3):
    signal.raise_signal(signal.SIGUSR2)
print("counter", c.n)
signal.signal(signal.SIGUSR2, lambda s, f: print("lambda", s))
signal.raise_signal(signal.SIGUSR2)

# SIG_IGN: the raised signal is dropped; SIG_DFL restored afterwards.
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_IGN)) != "")
signal.raise_signal(signal.SIGUSR1)
print("ignored SIGUSR1")
print(repr(signal.signal(signal.SIGUSR1, signal.SIG_DFL)))
print(repr(signal.getsignal(signal.SIGUSR1)))
# Plain ints 0 and 1 are accepted for SIG_DFL and SIG_IGN.
print(callable(signal.signal(signal.SIGUSR2, 1)))
signal.raise_signal(signal.SIGUSR2)
print(repr(signal.signal(signal.SIGUSR2, 0)))
