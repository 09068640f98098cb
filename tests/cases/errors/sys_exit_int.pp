# sys.exit(3): exit code 3, no traceback.
import sys
print("about to exit")
sys.exit(3)
print("not reached")
