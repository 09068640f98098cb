# A SIGCHLD handler reaps children as they exit, while the parent sleeps:
# the sleep is interrupted, the handler runs, and the sleep resumes (PEP 475).
import os
import signal
import time

reaped = []

def on_child(signum, frame):
    while True:
        try:
            pid, status = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return
        reaped.append(os.WEXITSTATUS(status))

print(signal.signal(signal.SIGCHLD, on_child))
for code in (1, 2, 3):
    if os.fork() == 0:
        time.sleep(0.05 * code)
        os._exit(code)
deadline = time.monotonic() + 10
while len(reaped) < 3 and time.monotonic() < deadline:
    time.sleep(0.5)
print(sorted(reaped))
signal.signal(signal.SIGCHLD, signal.SIG_DFL)
print(signal.getsignal(signal.SIGCHLD))

# With SIGCHLD ignored, children are reaped by the kernel: wait finds none.
signal.signal(signal.SIGCHLD, signal.SIG_IGN)
pid = os.fork()
if pid == 0:
    os._exit(0)
try:
    print(os.waitpid(pid, 0))
except ChildProcessError as e:
    print("ChildProcessError:", e)
signal.signal(signal.SIGCHLD, signal.SIG_DFL)
