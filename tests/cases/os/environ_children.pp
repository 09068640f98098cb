# os.environ writes through to the process environment: children started by
# os.system, exec and fork see the change; deletion too.
import os
import sys

os.environ["PYPROC_GREETING"] = "hello"
print(os.system('test "$PYPROC_GREETING" = hello') == 0, flush=True)
pid = os.fork()
if pid == 0:
    os.execv("/bin/sh", ["sh", "-c", 'echo "child sees: $PYPROC_GREETING"'])
os.waitpid(pid, 0)
del os.environ["PYPROC_GREETING"]
print(os.system('test -z "${PYPROC_GREETING+set}"') == 0)
os.putenv("PYPROC_RAW", "raw")
print(os.system('test "$PYPROC_RAW" = raw') == 0, "PYPROC_RAW" in os.environ)
print(os.getenv("PYPROC_GREETING", "gone"))
import subprocess
os.environ["PYPROC_FOR_POPEN"] = "seen by Popen"
print(subprocess.run(["sh", "-c", "echo $PYPROC_FOR_POPEN"], capture_output=True, text=True).stdout, end="")
