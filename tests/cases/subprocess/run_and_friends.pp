# run, call, check_call, check_output, getoutput, getstatusoutput,
# CompletedProcess and CalledProcessError.
import subprocess

r = subprocess.run(["echo", "hi"], capture_output=True)
print(r)
print(r.args, r.returncode, r.stdout, r.stderr)
r.check_returncode()
r = subprocess.run("exit 2", shell=True)
print(r, r.stdout)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print("CalledProcessError:", e, e.returncode, e.cmd, e.output, e.stdout, e.stderr)
try:
    subprocess.run(["sh", "-c", "echo partial; exit 4"], capture_output=True, check=True)
except subprocess.CalledProcessError as e:
    print(e, repr(e.stdout), repr(e.stderr), isinstance(e, subprocess.SubprocessError))
r = subprocess.run(["cat"], input="text in\n", capture_output=True, text=True)
print(repr(r.stdout), r.returncode)
print(subprocess.call(["sh", "-c", "exit 6"]), subprocess.call("true", shell=True))
print(subprocess.check_call(["true"]))
try:
    subprocess.check_call(["false"])
except subprocess.CalledProcessError as e:
    print(e)
print(subprocess.check_output(["echo", "output"]))
print(subprocess.check_output("cat", shell=True, input=b"fed in"))
print(repr(subprocess.check_output(["echo", "text"], text=True)))
print(subprocess.check_output("echo both; echo err >&2", shell=True, stderr=subprocess.STDOUT))
print(subprocess.getoutput("echo a; echo b"))
print(subprocess.getstatusoutput("echo failing; exit 3"))
print(subprocess.getstatusoutput("nonexistent-command-pyproc 2>/dev/null"))
try:
    subprocess.check_output(["sh", "-c", "kill -9 $$"])
except subprocess.CalledProcessError as e:
    print(e, e.returncode)
for bad in (dict(stdout=subprocess.PIPE), dict(check=True)):
    try:
        subprocess.check_output(["true"], **bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    subprocess.run(["cat"], input=b"x", stdin=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)
try:
    subprocess.run(["true"], capture_output=True, stdout=subprocess.PIPE)
except ValueError as e:
    print("ValueError:", e)
