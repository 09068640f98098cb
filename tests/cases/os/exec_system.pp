# exec* in a forked child, and os.system; output before them is not lost.
import os
import sys

def run(label, f):
    pid = os.fork()
    if pid == 0:
        try:
            f()
        finally:
            os._exit(127)
    _, status = os.waitpid(pid, 0)
    print(label, os.waitstatus_to_exitcode(status), flush=True)

run("execv", lambda: os.execv("/bin/echo", ["echo", "from", "execv"]))
run("execvp", lambda: os.execvp("echo", ["echo", "from execvp"]))
run("execl", lambda: os.execl("/bin/sh", "sh", "-c", "echo from execl; exit 3"))
run("execlp", lambda: os.execlp("sh", "sh", "-c", "exit 4"))
run("execve", lambda: os.execve("/bin/sh", ["sh", "-c", "echo X=$X"], {"X": "42"}))
run("execle", lambda: os.execle("/bin/sh", "sh", "-c", "echo Y=$Y", {"Y": "y"}))
run("execvpe", lambda: os.execvpe("sh", ["sh", "-c", "echo Z=$Z"], {"Z": "z", "PATH": os.defpath}))

print("before system", flush=True)
print(os.system("echo from system"))
print(os.system("exit 3"), os.waitstatus_to_exitcode(os.system("exit 5")))
print(os.system("kill -9 $$") & 0x7F)
