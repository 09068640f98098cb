# Seed snippet 14: an Event wakes a blocked waiter; a waiter with a 2 s
# timeout gives up first. Runs the example and sorts its concurrent lines.
import subprocess
import sys
import os

example = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "examples", "14_event.pp")
out = subprocess.run([sys.executable, example], capture_output=True, text=True, timeout=30).stdout
for line in sorted(out.splitlines()):
    print(line)
