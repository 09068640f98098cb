# Seed snippet 20 (examples/20_daemonize.pp): the daemon detaches, writes its
# pid to the pidfile, lives 2 s, and its atexit handler removes the pidfile.
# timeout: 30
import os
import sys
import time

example = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "examples", "20_daemonize.pp")
pidfile = "/tmp/pyproc-test-daemonize-%d.pid" % os.getpid()

pid = os.fork()
if pid == 0:
    os.execv(sys.executable, [sys.executable, example, pidfile])
_, status = os.waitpid(pid, 0)
print("first parent exits with", os.waitstatus_to_exitcode(status))


def wait_until(test):
    deadline = time.monotonic() + 10
    while not test():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


print("pidfile written:", wait_until(lambda: os.path.exists(pidfile) and os.path.getsize(pidfile) > 0))
with open(pidfile) as f:
    daemon = int(f.read())
print("daemon is another process:", daemon not in (pid, os.getpid()))
print("in its own session:", os.getsid(daemon) != os.getsid(0))
with open("/proc/%d/stat" % daemon) as f:
    fields = f.read().rsplit(")", 1)[1].split()
print("not the session leader:", int(fields[4]) != daemon)
print("cwd is /:", os.readlink("/proc/%d/cwd" % daemon) == "/")
print("pidfile removed at exit:", wait_until(lambda: not os.path.exists(pidfile)))
