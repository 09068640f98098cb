# not-cpython: pyproc flushes its buffers before fork, so text printed before
# fork appears once; CPython prints it twice when stdout is a pipe or file.
import os
import sys
print("printed once, before fork")
sys.stdout.write("partial line, ")
sys.stderr.write("stderr once\n")
f = open("/dev/null", "w")
f.write("buffered in a file")
pid = os.fork()
if pid == 0:
    print("child")
    sys.exit(0)
os.waitpid(pid, 0)
print("parent")
