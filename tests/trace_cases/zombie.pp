# A child exits at once; its parent reaps it only after seeing it as a
# zombie and then sleeping 0.3 s, so the trace shows a zombie period of at
# least 0.3 s, reaped by the parent.
import os
import time

pid = os.fork()
if pid == 0:
    os._exit(3)
deadline = time.monotonic() + 10
while time.monotonic() < deadline:
    with open("/proc/%d/stat" % pid) as f:
        if f.read().rsplit(")", 1)[1].split()[0] == "Z":
            break
    time.sleep(0.01)
time.sleep(0.3)
done, status = os.waitpid(pid, 0)
print(done == pid, os.WEXITSTATUS(status))
