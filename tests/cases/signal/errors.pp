# Argument and value errors of the signal module, with CPython's messages.
import signal

def h(signum, frame):
    pass

def attempt(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, "->", repr(r))
    except (TypeError, ValueError, OverflowError, OSError) as e:
        print(label, type(e).__name__ + ":", e)

attempt("signal(0)", signal.signal, 0, h)
attempt("signal(65)", signal.signal, 65, h)
attempt("signal(-3)", signal.signal, -3, signal.SIG_IGN)
attempt("signal(2**40)", signal.signal, 2 ** 40, h)
attempt("signal('x')", signal.signal, "x", h)
attempt("signal(1.5)", signal.signal, 1.5, h)
attempt("bad handler", signal.signal, signal.SIGUSR1, 5)
attempt("bad handler str", signal.signal, signal.SIGUSR1, "SIG_IGN")
attempt("bad handler None", signal.signal, signal.SIGUSR1, None)
attempt("SIGKILL", signal.signal, signal.SIGKILL, signal.SIG_IGN)
attempt("SIGSTOP", signal.signal, signal.SIGSTOP, h)
attempt("no args", signal.signal)
attempt("one arg", signal.signal, 2)
attempt("three args", signal.signal, 2, h, 3)
attempt("bad kw", signal.signal, 2, handler=h, x=1)
attempt("dup kw", signal.signal, 2, signalnum=3)
attempt("getsignal(0)", signal.getsignal, 0)
attempt("getsignal(99)", signal.getsignal, 99)
attempt("getsignal()", signal.getsignal)
attempt("getsignal(1, 2)", signal.getsignal, 1, 2)
attempt("getsignal kw", signal.getsignal, signalnum=signal.SIGTERM)
attempt("raise_signal(99)", signal.raise_signal, 99)
attempt("raise_signal(-5)", signal.raise_signal, -5)
attempt("raise_signal()", signal.raise_signal)
attempt("raise_signal kw", signal.raise_signal, signalnum=2)
attempt("raise_signal(2.5)", signal.raise_signal, 2.5)
attempt("strsignal('a')", signal.strsignal, "a")
attempt("strsignal()", signal.strsignal)
attempt("alarm()", signal.alarm)
attempt("alarm(1.5)", signal.alarm, 1.5)
attempt("alarm(2**40)", signal.alarm, 2 ** 40)
attempt("alarm kw", signal.alarm, seconds=1)
attempt("pause(1)", signal.pause, 1)
attempt("valid_signals(1)", signal.valid_signals, 1)
attempt("setitimer(0)", signal.setitimer, 0)
attempt("setitimer 4 args", signal.setitimer, 0, 1, 2, 3)
attempt("setitimer kw", signal.setitimer, which=0, seconds=1)
attempt("setitimer(5, 1)", signal.setitimer, 5, 1)
attempt("setitimer neg", signal.setitimer, signal.ITIMER_REAL, -1)
attempt("setitimer str", signal.setitimer, signal.ITIMER_REAL, "1")
attempt("setitimer nan", signal.setitimer, signal.ITIMER_REAL, float("nan"))
attempt("setitimer inf", signal.setitimer, signal.ITIMER_REAL, float("inf"))
attempt("setitimer big", signal.setitimer, signal.ITIMER_REAL, 2 ** 70)
attempt("getitimer()", signal.getitimer)
attempt("getitimer(7)", signal.getitimer, 7)
attempt("siginterrupt(2)", signal.siginterrupt, 2)
attempt("siginterrupt(0, 1)", signal.siginterrupt, 0, 1)
attempt("default_int_handler()", signal.default_int_handler)
attempt("pthread_sigmask bad how", signal.pthread_sigmask, 7, [])
attempt("pthread_sigmask bad sig", signal.pthread_sigmask, signal.SIG_BLOCK, [0])
attempt("pthread_sigmask bad sig 2", signal.pthread_sigmask, signal.SIG_BLOCK, [signal.SIGUSR1, 65])
attempt("pthread_sigmask not iterable", signal.pthread_sigmask, signal.SIG_BLOCK, 5)
attempt("pthread_sigmask()", signal.pthread_sigmask)
try:
    signal.setitimer(99, 0)
except signal.ItimerError as e:
    print("ItimerError", e.errno, e.strerror, type(e).__name__, isinstance(e, OSError))
# Nothing above changed the handlers.
print(repr(signal.getsignal(signal.SIGUSR1)), repr(signal.getsignal(signal.SIGKILL)))
# signal() and getsignal() first try int() on their arguments, as
# CPython's signal.py does: 1.5 means SIGHUP and "1" means SIG_IGN.
print(signal.signal(1.5, "1") is h, repr(signal.getsignal(signal.SIGHUP)))
print(repr(signal.signal(signal.SIGHUP, signal.SIG_DFL)))
attempt("getsignal(1.9)", signal.getsignal, 1.9)
attempt("getsignal('1')", signal.getsignal, "1")
attempt("getsignal(None)", signal.getsignal, None)
