# Minimal os usage: getpid() is a positive int and stable within a run.
import os
pid = os.getpid()
print(type(pid).__name__, pid > 0, pid == os.getpid())
print(os.sep, os.path.basename("/a/b/c.txt") if hasattr(os, "path") else "c.txt")
