# sys.exit inside an atexit handler: later handlers still run; CPython keeps
# the original exit status.
import atexit
import sys
atexit.register(print, "still runs")
atexit.register(sys.exit, 9)
print("body")
