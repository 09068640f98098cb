# What getsignal reports at start-up, and the reprs of the handler values.
import signal

print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGPIPE)), repr(signal.getsignal(signal.SIGXFSZ)))
print(repr(signal.getsignal(signal.SIGTERM)), repr(signal.getsignal(signal.SIGUSR1)))
print(repr(signal.getsignal(signal.SIGKILL)), repr(signal.getsignal(signal.SIGALRM)))
print(repr(signal.SIG_DFL), repr(signal.SIG_IGN), str(signal.SIG_IGN))
print(signal.SIG_DFL == 0, signal.SIG_IGN == 1, isinstance(signal.SIG_IGN, int))
print(signal.Handlers.SIG_IGN is signal.SIG_IGN, signal.Handlers(0) is signal.SIG_DFL)
print(repr(signal.SIG_BLOCK), repr(signal.SIG_UNBLOCK), repr(signal.SIG_SETMASK))
print(signal.Sigmasks(2) is signal.SIG_SETMASK, signal.SIG_BLOCK.name, signal.SIG_SETMASK.value)
print(signal.NSIG, signal.ITIMER_REAL, signal.ITIMER_VIRTUAL, signal.ITIMER_PROF)
print(signal.ItimerError.__name__, issubclass(signal.ItimerError, OSError))

# Setting a handler and reading it back, for every catchable standard signal.
def h(signum, frame):
    pass

changed = []
for name in ["SIGHUP", "SIGQUIT", "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGTERM", "SIGCHLD", "SIGCONT", "SIGWINCH"]:
    num = getattr(signal, name)
    old = signal.signal(num, h)
    if signal.getsignal(num) is h:
        changed.append(name)
    signal.signal(num, old)
print(changed)
print(repr(signal.getsignal(signal.SIGHUP)))
