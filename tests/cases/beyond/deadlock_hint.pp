# not-cpython: seed snippet 06 without `communicate` blocks in wait() as in
# CPython, and pyproc explains why on stderr after about a second; the
# healthy first call (64 KiB fits the pipe) gets no hint.
import os
import signal
import subprocess
import sys
import time

example = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..",
                       "examples", "06_popen_pipe_deadlock.pp")
p = subprocess.Popen([sys.executable, example], stdout=subprocess.PIPE,
                     stderr=subprocess.PIPE, start_new_session=True)
err = b""
deadline = time.monotonic() + 15
os.set_blocking(p.stderr.fileno(), False)
while b"pipe is full" not in err and time.monotonic() < deadline:
    time.sleep(0.05)
    try:
        chunk = os.read(p.stderr.fileno(), 4096)
    except BlockingIOError:
        continue
    err += chunk
still_running = p.poll() is None
os.killpg(p.pid, signal.SIGKILL)
out, rest = p.communicate()
err += rest
# The killed shell and dd were orphans: give their adopter time to reap them.
time.sleep(0.3)
print("still blocked:", still_running)
print(out.decode().split())
lines = err.decode().splitlines()
print(len(lines), "hint line(s)")
hint = lines[0] if lines else ""
print(hint.startswith("pyproc: wait() has blocked for 1 s on process "))
print("whose stdout pipe is full (65536 bytes unread)" in hint)
print("communicate()" in hint and "run()" in hint)
print(p.returncode)
