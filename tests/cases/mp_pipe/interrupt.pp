# Ctrl-C (SIGINT) during a blocking recv or poll raises KeyboardInterrupt
# there, and the connection still works afterwards.
import multiprocessing as mp
import os
import time


def spawn(work):
    """Forks a child that runs work() and exits 0, or 3 if it raised."""
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            work()
        except BaseException:
            code = 3
        os._exit(code)
    return pid


def reap(pid):
    """The child's exit code, waiting at most 10 s (then it is killed)."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        time.sleep(0.005)
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    return "killed"


def get(conn, what="recv"):
    """recv() that fails instead of hanging when nothing comes."""
    if not conn.poll(10):
        raise SystemExit("timed out waiting: " + what)
    return conn.recv()


a, b = mp.Pipe()
parent = os.getpid()


def interrupter():
    for message in ("after recv", "after poll"):
        time.sleep(0.3)
        os.kill(parent, 2)
        time.sleep(0.2)
        b.send(message)


pid = spawn(interrupter)
try:
    a.recv()
    print("recv returned")
except KeyboardInterrupt as e:
    print("recv interrupted:", repr(e))
print(get(a))
try:
    a.poll(None)
    print("poll returned")
except KeyboardInterrupt:
    print("poll interrupted")
print(a.poll(10), a.recv())
print("child exit", reap(pid))
a.close()
b.close()
