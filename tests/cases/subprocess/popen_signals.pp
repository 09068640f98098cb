# terminate, kill, send_signal: returncode is -N after death by signal N.
import signal
import subprocess

p = subprocess.Popen(["sleep", "5"])
p.terminate()
print(p.wait(), p.returncode)
p = subprocess.Popen(["sleep", "5"])
p.kill()
print(p.wait())
p = subprocess.Popen(["sleep", "5"])
p.send_signal(signal.SIGINT)
print(p.wait())
p.send_signal(signal.SIGKILL)   # already reaped: nothing happens
print(p.returncode)
