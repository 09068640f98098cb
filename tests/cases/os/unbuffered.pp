# Buffered output is lost by os._exit unless stdout is unbuffered: with -u or
# PYTHONUNBUFFERED set, as in CPython.
import os
import subprocess
import sys

code = "import os\nprint('child line')\nos._exit(0)"
env = dict(os.environ)
env.pop("PYTHONUNBUFFERED", None)
print(subprocess.run([sys.executable, "-c", code], capture_output=True, env=env).stdout)
print(subprocess.run([sys.executable, "-u", "-c", code], capture_output=True, env=env).stdout)
env["PYTHONUNBUFFERED"] = "1"
print(subprocess.run([sys.executable, "-c", code], capture_output=True, env=env).stdout)
