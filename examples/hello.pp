# The smallest pyproc program: greet, then show who is running it.
import sys

print("hello from pyproc", sys.version_info[:2])
