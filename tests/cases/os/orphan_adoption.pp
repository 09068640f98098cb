# An orphan is adopted by an ancestor that reaps orphans (a subreaper) or by
# init: its new parent is never its dead parent.
import os
import time

def ancestors(pid):
    chain = []
    while pid > 1:
        with open("/proc/%d/stat" % pid) as f:
            pid = int(f.read().rsplit(")", 1)[1].split()[1])
        chain.append(pid)
    return chain

r, w = os.pipe()
ready_r, ready_w = os.pipe()
middle = os.fork()
if middle == 0:
    os.close(r)
    child = os.fork()
    if child == 0:
        before = os.getppid()
        possible = ancestors(before) + [1]
        # Only now may the middle process exit and orphan us.
        os.write(ready_w, b"x")
        while os.getppid() == before:
            time.sleep(0.01)
        after = os.getppid()
        os.write(w, b"adopted by an ancestor: %s\n" % str(after in possible).encode())
        os.write(w, b"new parent differs: %s\n" % str(after != before).encode())
        os._exit(0)
    os.read(ready_r, 1)
    os._exit(0)
os.close(w)
os.close(ready_w)
os.waitpid(middle, 0)
data = b""
while True:
    chunk = os.read(r, 100)
    if not chunk:
        break
    data += chunk
print(data.decode(), end="")
# The orphan was adopted by the test harness's reaper just now: give the
# reaper time to notice before this process exits, or the orphan's exit
# could be taken for a zombie this process left.
time.sleep(0.5)
