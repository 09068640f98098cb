# Imports search sys.path as the program changes it.
import os
import sys

where = '/tmp/pyproc-sys-path-%d' % os.getpid()
os.mkdir(where)
with open(os.path.join(where, 'found_there.py'), 'w') as f:
    f.write('VALUE = 42\n')
try:
    import found_there
except ImportError as e:
    print(type(e).__name__, e)
sys.path.insert(0, where)
import found_there
print(found_there.VALUE)
sys.path.remove(where)
os.remove(os.path.join(where, 'found_there.py'))
os.rmdir(where)
print('found_there' in sys.modules)
