# chdir/getcwd round trip and umask's old value; the mask shapes the mode
# mkdir gives.
import os
import stat

base = '/tmp/pyproc-test-%d-cwd' % os.getpid()
start = os.getcwd()
os.mkdir(base)
try:
    os.chdir(base)
    print(os.getcwd() == base, os.getcwdb() == base.encode())
    os.mkdir('sub')
    os.chdir('sub')
    print(os.path.basename(os.getcwd()))
    os.chdir('..')
    print(os.getcwd() == base)

    old = os.umask(0o027)
    print(os.umask(old) == 0o027)
    os.umask(0o077)
    os.mkdir('masked', 0o777)
    print(oct(stat.S_IMODE(os.stat('masked').st_mode)))
    os.umask(old)
    os.rmdir('masked')
    os.rmdir('sub')
finally:
    os.chdir(start)
    os.rmdir(base)
print(os.getcwd() == start)
