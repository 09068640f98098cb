# stderr=STDOUT, DEVNULL, file objects and fds as stdin/stdout, cwd, env.
import os
import subprocess

p = subprocess.Popen("echo to-out; echo to-err >&2", shell=True,
                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
print(sorted(p.communicate()[0].split()))

p = subprocess.Popen("echo hidden; echo hidden-err >&2", shell=True,
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(p.wait())

p = subprocess.Popen(["cat"], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)
print(p.communicate())

path = "/tmp/pyproc-test-redirect-%d" % os.getpid()
with open(path, "w") as f:
    subprocess.Popen(["echo", "into a file"], stdout=f).wait()
with open(path) as f:
    print(repr(f.read()))
with open(path) as f:
    p = subprocess.Popen(["wc", "-c"], stdin=f, stdout=subprocess.PIPE)
    print(p.communicate()[0].strip())
fd = os.open(path, os.O_WRONLY | os.O_APPEND)
subprocess.Popen(["echo", "appended"], stdout=fd).wait()
os.close(fd)
with open(path) as f:
    print(f.read().split("\n"))
os.remove(path)

p = subprocess.Popen(["pwd"], cwd="/usr", stdout=subprocess.PIPE)
print(p.communicate()[0])
p = subprocess.Popen(["sh", "-c", "echo $GREETING"], env={"GREETING": "hi there"},
                     stdout=subprocess.PIPE, text=True)
print(repr(p.communicate()[0]))
p = subprocess.Popen("echo $PATH_CHECK", shell=True, stdout=subprocess.PIPE,
                     env=dict(os.environ, PATH_CHECK="inherited+1"))
print(p.communicate()[0])
