# SystemExit can be caught; then a later sys.exit(0) ends cleanly.
import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit with code", e.code, e.args)
sys.exit(0)
