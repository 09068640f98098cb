# After a script file has run, its buffered output is written before the
# atexit handlers run (CPython flushes there; not after -c).
import atexit
atexit.register(lambda: print('x', flush=True))
print('main')
import subprocess, sys
r = subprocess.run([sys.executable, "-c", "import atexit, os\natexit.register(os.write, 1, b'handler ')\nprint('body')"], capture_output=True)
print(r.stdout)
