# A two-stage pipeline (p1.stdout as p2's stdin), the context manager, and
# reading the pipe objects directly.
import subprocess

p1 = subprocess.Popen(["printf", "b\\na\\nc\\n"], stdout=subprocess.PIPE)
p2 = subprocess.Popen(["sort"], stdin=p1.stdout, stdout=subprocess.PIPE)
p1.stdout.close()
out, _ = p2.communicate()
print(out, p1.wait(), p2.returncode)

with subprocess.Popen(["echo", "in a with"], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode, p.stdout.closed)

p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
p.stdin.write(b"first\n")
p.stdin.write(b"second\n")
p.stdin.close()
print(p.stdout.readline(), p.stdout.read())
p.stdout.close()
print(p.wait())

p = subprocess.Popen(["sh", "-c", "echo one; echo two"], stdout=subprocess.PIPE, text=True)
print([line for line in p.stdout])
p.stdout.close()
p.wait()
