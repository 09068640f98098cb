# Exits with their reasons: a child dies of an uncaught KeyboardInterrupt
# (as CPython, by SIGINT), the program of an uncaught ValueError (status 1).
import os

pid = os.fork()
if pid == 0:
    raise KeyboardInterrupt
os.waitpid(pid, 0)
raise ValueError("boom")
