# The repr of os.stat_result shows the ten tuple items, the integer times
# under the st_atime/st_mtime/st_ctime names; the varying numbers are
# masked.
# mask: st_(ino|dev|uid|gid|ctime)=\d+
import os

base = '/tmp/pyproc-test-%d-repr' % os.getpid()
os.mkdir(base)
try:
    name = base + '/f'
    with open(name, 'w') as f:
        f.write('abc')
    os.chmod(name, 0o644)
    os.utime(name, ns=(1500000000123456789, 1600000000987654321))
    st = os.stat(name)
    print(repr(st))
    print(str(st) == repr(st), st.st_atime_ns, st.st_mtime_ns, st.st_mtime)
finally:
    os.remove(base + '/f')
    os.rmdir(base)
