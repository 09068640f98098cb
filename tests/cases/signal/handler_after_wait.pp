# A handler for a signal that arrived during a call (here SIGCHLD while
# waitpid waited) runs as soon as the call returns, before the next line.
import os
import signal


def handler(signum, frame):
    print("handler ran for", signal.Signals(signum).name)


signal.signal(signal.SIGCHLD, handler)
for _ in range(3):
    pid = os.fork()
    if pid == 0:
        os._exit(0)
    os.waitpid(pid, 0)
    print("after wait")
