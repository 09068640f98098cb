# Seed snippet 13: Semaphore(2) lets two of five processes work at a time.
# The processes print concurrently, so this runs the example and checks its
# lines in sorted order, and that five 1 s jobs, two at a time, took ~3 s.
import subprocess
import sys
import os
import time

example = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "examples", "13_semaphore.pp")
start = time.monotonic()
out = subprocess.run([sys.executable, example], capture_output=True, text=True, timeout=30).stdout
elapsed = time.monotonic() - start
for line in sorted(out.splitlines()):
    print(line)
print("two at a time:", 2.5 < elapsed < 10)
