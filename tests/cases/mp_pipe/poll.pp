# poll() with and without a timeout, with data arriving later from a child.
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
print(a.poll(), a.poll(0), a.poll(0.0), a.poll(-1), a.poll(timeout=0.01))
t = time.monotonic()
print(a.poll(0.2), time.monotonic() - t >= 0.19)
b.send("ready")
print(a.poll(), a.poll(None), a.poll(5))
print(a.recv(), a.poll())
b.send_bytes(b"x" * 100)
print(a.poll(True), len(a.recv_bytes()), a.poll(False))
for bad in ["1", [1]]:
    try:
        a.poll(bad)
    except TypeError as e:
        print(type(e).__name__, e)


def later():
    time.sleep(0.3)
    b.send("late")
    b.send("later")


pid = spawn(later)
t = time.monotonic()
print(a.poll(0.01))
print(a.poll(10), time.monotonic() - t >= 0.25)
print(a.recv())
print(a.poll(None))
print(a.recv())
print("child exit", reap(pid))

# poll() sees the end of file too: it reports that recv would not block.
r, w = mp.Pipe(False)
print(r.poll())
w.close()
print(r.poll(), r.poll(None))
try:
    r.recv()
except EOFError as e:
    print("EOFError", e.args)
for c in (a, b, r):
    c.close()
