# A child killed by SIGKILL (it cannot record its own end: its reaper's
# wait status tells), one that runs a Python handler for SIGUSR1 and exits
# 7 from it, then the program itself dies of SIGTERM.
import os
import signal
import time

victim = os.fork()
if victim == 0:
    time.sleep(30)
    os._exit(0)

r, w = os.pipe()
handler = os.fork()
if handler == 0:
    os.close(r)

    def on_usr1(signo, frame):
        os._exit(7)

    signal.signal(signal.SIGUSR1, on_usr1)
    os.write(w, b"x")
    # Short sleeps: a signal that lands just before a sleep starts is
    # handled at the next loop turn instead of after a long sleep.
    for _ in range(600):
        time.sleep(0.05)
    os._exit(0)
os.close(w)
os.read(r, 1)

os.kill(victim, signal.SIGKILL)
_, status = os.waitpid(victim, 0)
print("victim:", os.WIFSIGNALED(status), os.WTERMSIG(status))
os.kill(handler, signal.SIGUSR1)
_, status = os.waitpid(handler, 0)
print("handler:", os.WEXITSTATUS(status))
os.kill(os.getpid(), signal.SIGTERM)
print("not reached")
