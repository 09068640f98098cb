# not-cpython (only because the hint is pyproc's): healthy waits never print
# the pipe hint: a slow child with an empty pipe, a child that filled its pipe
# and exited, and a pipe read by the parent.
import subprocess
p = subprocess.Popen(["sleep", "1.5"], stdout=subprocess.PIPE)
print(p.wait())
p = subprocess.Popen(["sh", "-c", "head -c 65536 /dev/zero; sleep 1.5"], stdout=subprocess.PIPE)
print(len(p.stdout.read()), p.wait())
p = subprocess.Popen(["sh", "-c", "head -c 1000 /dev/zero"], stdout=subprocess.PIPE)
print(p.wait(), len(p.communicate()[0]))
