# Blocked signals wait in sigpending and run when unblocked; sigwait
# takes a blocked signal without running its handler.
import signal

got = []
signal.signal(signal.SIGUSR1, lambda n, f: got.append(("usr1", n)))
signal.signal(signal.SIGUSR2, lambda n, f: got.append(("usr2", n)))
print(signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1, signal.SIGUSR2]))
signal.raise_signal(signal.SIGUSR1)
print("while blocked:", got, signal.sigpending())
print(sorted(signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGUSR1])))
print("after unblock:", got, signal.sigpending())
signal.raise_signal(signal.SIGUSR2)
print(signal.sigwait([signal.SIGUSR2]))
print("sigwait took it:", got, signal.sigpending())
print(signal.pthread_sigmask(signal.SIG_SETMASK, []))
print(signal.pthread_sigmask(signal.SIG_BLOCK, []))
