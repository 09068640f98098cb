# A child process receives requests through a Pipe and answers them.
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


class Job:
    def __init__(self, op, args):
        self.op = op
        self.args = args


def serve(conn, other):
    other.close()
    while True:
        try:
            job = conn.recv()
        except EOFError:
            conn.send_bytes(b"unreachable")
            return
        if job is None:
            conn.send("bye")
            return
        if job.op == "sum":
            conn.send(sum(job.args))
        elif job.op == "upper":
            conn.send([s.upper() for s in job.args])
        elif job.op == "fail":
            conn.send(ValueError("cannot do " + repr(job.args)))
        else:
            conn.send({"echo": job.args, "pid_differs": os.getpid() != parent})


parent = os.getpid()
here, there = mp.Pipe()
pid = spawn(lambda: serve(there, here))
there.close()
here.send(Job("sum", [1, 2, 3, 2**70]))
print(get(here))
here.send(Job("upper", ["a", "ß", "é"]))
print(get(here))
here.send(Job("fail", (1, 2)))
err = get(here)
print(type(err).__name__, err)
here.send(Job("echo", {"k": [1.5, None, (True,)]}))
print(get(here))
# Many requests in flight before any answer is read.
for i in range(200):
    here.send(Job("sum", range(i)))
print(sum(get(here) for i in range(200)))
here.send(None)
print(get(here))
print("child exit", reap(pid))
here.close()
