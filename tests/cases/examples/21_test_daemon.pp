# Seed snippet 21 with daemon.py (examples/21_test_daemon.pp, examples/daemon.pp):
# start, start again, stop, stop again and an unknown command, with the pidfile
# and the log in a fresh temporary directory. The example files are copied
# there as .py so that CPython (the oracle) can import `daemon` too.
# timeout: 40
import os
import sys
import time

examples = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "examples")
tmp = "/tmp/pyproc-test-daemon-%d" % os.getpid()
os.mkdir(tmp)
for src, dst in (("21_test_daemon.pp", "test_daemon.py"), ("daemon.pp", "daemon.py")):
    with open(os.path.join(examples, src)) as f:
        text = f.read()
    with open(os.path.join(tmp, dst), "w") as f:
        f.write(text)
pidfile = os.path.join(tmp, "daemon.pid")
log = os.path.join(tmp, "daemon.log")


def run(*command):
    """Runs test_daemon.py with the arguments; returns (exit code, output)."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.dup2(w, 1)
        os.dup2(w, 2)
        os.close(r)
        os.close(w)
        script = os.path.join(tmp, "test_daemon.py")
        os.execv(sys.executable, [sys.executable, script, *command])
    os.close(w)
    out = b""
    while True:
        chunk = os.read(r, 4096)
        if not chunk:
            break
        out += chunk
    os.close(r)
    _, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status), out.decode()


def wait_until(test, what):
    deadline = time.monotonic() + 10
    while not test():
        if time.monotonic() > deadline:
            print("timed out waiting for", what)
            return False
        time.sleep(0.02)
    return True


def gone(pid):
    """Dead: no such process, or a zombie its adopter has not reaped yet."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            return f.read().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


print("start:", run("start", pidfile, log))
wait_until(lambda: os.path.exists(pidfile) and os.path.getsize(pidfile) > 0, "the pidfile")
with open(pidfile) as f:
    daemon = int(f.read())
print("daemon alive:", not gone(daemon), daemon != os.getpid())
print("own session:", os.getsid(daemon) != os.getsid(0), os.getpgid(daemon) != os.getpgrp())
print("not a session leader:", os.getsid(daemon) != daemon)
wait_until(lambda: "Daemon Alive!" in open(log).read(), "the log")
with open(log) as f:
    first = f.readline()
print("log:", first == "Daemon started with pid %d\n" % daemon)

print("start again:", run("start", pidfile, log))
print("stop:", run("stop", pidfile, log))
wait_until(lambda: gone(daemon), "the daemon to exit")
wait_until(lambda: not os.path.exists(pidfile), "the pidfile to go")
print("daemon gone:", gone(daemon), "pidfile removed:", not os.path.exists(pidfile))
print("stop again:", run("stop", pidfile, log))
print("unknown:", run("bounce", pidfile, log))
print("no command:", run()[0])

for name in os.listdir(tmp):
    os.remove(os.path.join(tmp, name))
os.rmdir(tmp)
