# sys.exit('message'): message to stderr, exit code 1.
import sys
print("fatal problem ahead")
sys.exit("error: configuration file is broken")
