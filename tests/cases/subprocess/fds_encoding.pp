# pass_fds keeps a descriptor open in the child under its number; close_fds
# closes the others; encoding/errors and universal newlines in text mode.
import os
# mask: \d+: Bad file descriptor
import subprocess

r, w = os.pipe()
p = subprocess.Popen(["sh", "-c", "echo through-%d >&%d" % (w, w)], pass_fds=(w,))
p.wait()
os.close(w)
print(os.read(r, 100).decode().replace(str(w), "W"), p.returncode)
os.close(r)

r, w = os.pipe()
p = subprocess.Popen(["sh", "-c", "echo leaked >&%d" % w])
print(p.wait() != 0)
os.close(w)
os.close(r)

p = subprocess.Popen(["printf", "caf\\303\\251\\r\\nline2\\r"], stdout=subprocess.PIPE,
                     encoding="utf-8")
print(repr(p.communicate()[0]))
p = subprocess.Popen(["printf", "\\377ok"], stdout=subprocess.PIPE, text=True,
                     errors="replace")
print(repr(p.communicate()[0]))
p = subprocess.Popen(["printf", "latin \\351"], stdout=subprocess.PIPE, encoding="latin-1")
print(repr(p.communicate()[0]))
p = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
p.stdin.write(b"unbuffered\n")
print(p.stdout.readline())
p.stdin.close()
p.wait()
p.stdout.close()
print(subprocess.run(["cat"], input="ünï\n", capture_output=True, encoding="utf-8").stdout)
