# Tracebacks show no source line for pseudo-files (-c, exec of a string),
# as CPython reads source lines from real files only.
import subprocess
import sys
for code in ("def f():\n    1/0\nf()", "exec('def g():\\n    return [][1]\\ng()')"):
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    print(r.stderr, end="")
