# EOFError comes once every process has closed the other end, and only
# after what was sent before is read.
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
go_r, go_w = mp.Pipe(False)


def holder():
    # Keeps b open until told to let go, having sent two messages.
    b.send("first")
    b.send_bytes(b"second")
    go_r.recv()
    b.close()


pid = spawn(holder)
b.close()
go_r.close()
print(get(a), a.recv_bytes())
print("still open in the child:", a.poll(0.2))
go_w.send("let go")
print(a.poll(10))
for f in (a.recv, a.recv_bytes, lambda: a.recv_bytes_into(bytearray(4))):
    try:
        f()
    except EOFError as e:
        print("EOFError", repr(e), e.args)
print("child exit", reap(pid))
# The writing end of a closed pipe fails: nobody can read any more.
try:
    a.send("nobody listens")
    a.send_bytes(b"x" * 1_000_000)
except OSError as e:
    print(type(e).__name__, e.errno)

# Simplex: the read end sees EOF when the child's write end goes.
r, w = mp.Pipe(False)
pid = spawn(lambda: w.send([1, 2, 3]))
w.close()
print(get(r))
print("child exit", reap(pid))
try:
    r.recv()
except EOFError:
    print("EOFError after the child exited")
r.close()
a.close()
go_w.close()
