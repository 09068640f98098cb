# An OSError that nobody catches ends the program with its traceback.
import os

os.rmdir('/tmp/pyproc-test-no-such-dir-%d' % 0)
