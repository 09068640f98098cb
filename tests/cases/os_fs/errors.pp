# Failing calls raise the OSError subclass their errno selects, naming the
# path (both paths for rename and link); bad arguments get CPython's
# TypeErrors.
import os

base = '/tmp/pyproc-test-%d-errors' % os.getpid()
os.mkdir(base)
missing = os.path.join(base, 'missing')
afile = os.path.join(base, 'afile')
with open(afile, 'w') as f:
    f.write('x')


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
    except Exception as e:
        text = str(e).replace(base, '<base>')
        print(label, '->', type(e).__name__ + ':', text)
        if isinstance(e, OSError):
            print('   errno', e.errno, 'filename', e.filename is not None, 'filename2', e.filename2 is not None)
    else:
        print(label, '=', r)


try:
    show('mkdir existing', os.mkdir, base)
    show('mkdir missing parent', os.mkdir, os.path.join(missing, 'x'))
    show('rmdir missing', os.rmdir, missing)
    show('rmdir non-empty', os.rmdir, base)
    show('rmdir file', os.rmdir, afile)
    show('remove missing', os.remove, missing)
    show('unlink dir', os.unlink, base)
    show('rename missing', os.rename, missing, os.path.join(base, 'b'))
    show('replace missing', os.replace, missing, os.path.join(base, 'b'))
    show('link missing', os.link, missing, os.path.join(base, 'b'))
    show('symlink exists', os.symlink, 'x', afile)
    show('readlink file', os.readlink, afile)
    show('readlink missing', os.readlink, missing)
    show('chdir missing', os.chdir, missing)
    show('chdir file', os.chdir, afile)
    show('listdir file', os.listdir, afile)
    show('listdir missing', os.listdir, missing)
    show('stat missing', os.stat, missing)
    show('stat empty', os.stat, '')
    show('stat bytes', os.stat, missing.encode())
    show('lstat missing', os.lstat, missing)
    show('fstat bad fd', os.fstat, 9999)
    show('chmod missing', os.chmod, missing, 0o600)
    show('truncate missing', os.truncate, missing, 0)
    show('truncate negative', os.truncate, afile, -1)
    show('utime missing', os.utime, missing)
    show('access missing', os.access, missing, os.R_OK)

    show('mkdir no args', os.mkdir)
    show('mkdir too many', os.mkdir, 'a', 1, 2, 3, 4)
    show('mkdir bad kw', os.mkdir, 'a', foo=1)
    show('mkdir twice', os.mkdir, 'a', path='b')
    show('mkdir bad mode', os.mkdir, 'a', 'b')
    show('mkdir huge mode', os.mkdir, 'a', 2 ** 40)
    show('stat two', os.stat, 'a', 'b')
    show('stat float', os.stat, 1.5)
    show('stat nul', os.stat, 'a\0b')
    show('stat nul bytes', os.stat, b'a\0b')
    show('stat dir_fd', os.stat, 'a', dir_fd=1.5)
    show('lstat int', os.lstat, 3)
    show('listdir float', os.listdir, 1.5)
    show('listdir two', os.listdir, 'a', 'b')
    show('chdir None', os.chdir, None)
    show('rename one', os.rename, 'a')
    show('replace int dst', os.replace, 'a', 1)
    show('getcwd arg', os.getcwd, 1)
    show('umask none', os.umask)
    show('umask str', os.umask, 'a')
    show('access kw', os.access, base, 0, foo=1)
    show('fstat str', os.fstat, 'a')
    show('utime times', os.utime, afile, 5)
    show('utime both', os.utime, afile, (1, 2), ns=(1, 2))
    show('utime ns', os.utime, afile, ns=5)
finally:
    os.remove(afile)
    os.rmdir(base)
