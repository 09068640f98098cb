# A program that cannot be run raises in the parent, as CPython does.
import os
import subprocess

for args, kw in ((["no-such-program-pyproc"], {}),
                 (["/nonexistent/dir/prog"], {}),
                 (["/etc/passwd"], {}),
                 (["true"], {"cwd": "/nonexistent-dir-pyproc"}),
                 (["true"], {"executable": "/no/such/exe"})):
    try:
        subprocess.Popen(args, **kw)
    except OSError as e:
        print(type(e).__name__, e.errno, e.filename)
try:
    subprocess.run(["no-such-program-pyproc"])
except FileNotFoundError as e:
    print("run:", e)
try:
    subprocess.Popen([])
except (IndexError, ValueError) as e:
    print(type(e).__name__)
try:
    subprocess.Popen(["true", 3])
except TypeError as e:
    print("TypeError:", e)
try:
    subprocess.Popen("true", text=True, universal_newlines=False)
except subprocess.SubprocessError as e:
    print("SubprocessError:", e)
try:
    subprocess.Popen(["true"], preexec_fn=lambda: 1 / 0)
except subprocess.SubprocessError as e:
    print("SubprocessError:", e)
p = subprocess.Popen(["sh", "-c", "echo $$"], preexec_fn=os.setpgrp, stdout=subprocess.PIPE)
print(p.communicate()[1], p.returncode)
p = subprocess.Popen(["sh", "-c", "ps -o sid= -p $$"], start_new_session=True, stdout=subprocess.PIPE)
sid = int(p.communicate()[0])
print(sid == p.pid)
p = subprocess.Popen(["sh", "-c", "ps -o pgid= -p $$"], process_group=0, stdout=subprocess.PIPE)
print(int(p.communicate()[0]) == p.pid)
