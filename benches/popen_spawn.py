# 300 x Popen(["true"]).wait() and 100 x run(["echo", i], capture_output=True):
# the cost of starting programs.
import subprocess

total = 0
for _ in range(300):
    total += subprocess.Popen(["true"]).wait()
for i in range(100):
    total += len(subprocess.run(["echo", str(i)], capture_output=True).stdout)
print(total)
