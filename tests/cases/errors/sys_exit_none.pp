# sys.exit() and sys.exit(None) exit with code 0; finally blocks still run.
import sys
try:
    print("in try")
    sys.exit()
finally:
    print("finally runs during exit")
