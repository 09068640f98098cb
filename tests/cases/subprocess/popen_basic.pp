# Popen with pipes: communicate, returncode, poll, wait, text mode, input.
import subprocess
import sys

p = subprocess.Popen(["echo", "hello", "world"], stdout=subprocess.PIPE)
out, err = p.communicate()
print(repr(out), err, p.returncode, p.args)

p = subprocess.Popen("echo out; echo err >&2; exit 3", shell=True,
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.communicate(), p.returncode, p.poll(), p.wait())

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
out, err = p.communicate("line one\nline two\n")
print(repr(out), repr(err), p.returncode)

p = subprocess.Popen(["tr", "a-z", "A-Z"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.communicate(b"shout\n" * 3))

# A big input and output both ways at once must not deadlock.
data = bytes(range(256)) * 4096
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
out, _ = p.communicate(data)
print(len(out), out == data)

p = subprocess.Popen(["sh", "-c", "exit 5"])
print(p.wait(), p.returncode, p.stdout, p.stdin, p.stderr)
p = subprocess.Popen(["sleep", "0.2"])
print(p.poll())
print(p.wait())
p = subprocess.Popen(["true"])
print(repr(p).startswith("<Popen: returncode: None args: ['true']"))
p.wait()
print(repr(p))
