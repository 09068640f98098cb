# Process groups and sessions: setpgid/getpgid/getpgrp/setpgrp, setsid,
# killpg, waitpid on a group.
import os
import time

print(os.getpgrp() == os.getpgid(0), os.getsid(0) == os.getsid(os.getpid()))

r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.setpgrp()
    same = os.getpgrp() == os.getpid()
    os.write(w, b"1" if same else b"0")
    os._exit(0)
os.close(w)
print("child leads its group:", os.read(r, 1) == b"1")
os.close(r)
os.waitpid(pid, 0)

# A child that starts a session is its leader and has no terminal.
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.setsid()
    ok = os.getsid(0) == os.getpid() == os.getpgrp()
    try:
        os.setsid()
        again = "no error"
    except PermissionError as e:
        again = "PermissionError %d" % e.errno
    os.write(w, ("%s %s" % (ok, again)).encode())
    os._exit(0)
os.close(w)
print("session:", os.read(r, 100).decode())
os.close(r)
os.waitpid(pid, 0)

# killpg reaches every member of a group; waitpid(-pgid) reaps them.
leader = os.fork()
if leader == 0:
    os.setpgid(0, 0)
    time.sleep(10)
    os._exit(0)
os.setpgid(leader, leader)
member = os.fork()
if member == 0:
    time.sleep(10)
    os._exit(0)
os.setpgid(member, leader)
print(os.getpgid(member) == leader, os.getpgid(leader) == leader)
os.killpg(leader, 15)
deaths = []
for _ in range(2):
    got, status = os.waitpid(-leader, 0)
    deaths.append((got in (leader, member), os.WTERMSIG(status)))
print(deaths)
