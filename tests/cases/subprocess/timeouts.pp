# timeout on wait, communicate (partial output kept) and run (kills the child).
# mask: after 0\.\d{4,} seconds
import subprocess
import time

p = subprocess.Popen(["sleep", "2"])
try:
    p.wait(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e, e.timeout, e.cmd)
p.kill()
print(p.wait())

p = subprocess.Popen(["sh", "-c", "echo early; sleep 2; echo late"], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.5)
except subprocess.TimeoutExpired as e:
    print("TimeoutExpired:", e, repr(e.output), e.stdout == e.output)
p.kill()
out, err = p.communicate()
print(repr(out), err, p.returncode)

start = time.monotonic()
try:
    subprocess.run(["sleep", "5"], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("run:", e)
print("killed quickly:", time.monotonic() - start < 3)
try:
    subprocess.run(["sh", "-c", "echo before; sleep 5"], timeout=0.3, capture_output=True)
except subprocess.TimeoutExpired as e:
    print("run kept:", repr(e.stdout))
try:
    subprocess.call(["sleep", "5"], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("call:", e)
try:
    subprocess.check_output(["sleep", "5"], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print("check_output:", e)
