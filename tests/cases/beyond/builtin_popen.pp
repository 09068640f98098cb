# not-cpython: Popen (and multiprocessing's Process) are builtins in pyproc,
# the same objects as in their modules; a program's own name shadows them.
p = Popen(["echo", "builtin"], stdout=-1)
print(p.communicate()[0], p.returncode)
import subprocess
import multiprocessing
print(Popen is subprocess.Popen, Process is multiprocessing.Process)


def Popen(*args):
    return "shadowed"


print(Popen(["x"]))
