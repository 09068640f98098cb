# os.path queries on a real tree: exists, isfile, isdir, islink, lexists,
# getsize, getmtime, abspath, realpath, relpath.
import os

base = '/tmp/pyproc-test-%d-path' % os.getpid()
os.mkdir(base)
start = os.getcwd()
try:
    os.chdir(base)
    os.mkdir('d')
    with open('d/f', 'w') as f:
        f.write('12345')
    os.symlink('d/f', 'lf')
    os.symlink('missing', 'dangling')
    os.symlink('d', 'ld')
    os.symlink('loop1', 'loop2')
    os.symlink('loop2', 'loop1')
    os.utime('d/f', (100, 200))
    for p in ['d', 'd/f', 'lf', 'dangling', 'ld', 'nope', 'loop1', '']:
        print(repr(p), os.path.exists(p), os.path.lexists(p), os.path.isfile(p),
              os.path.isdir(p), os.path.islink(p))
    print(os.path.getsize('d/f'), os.path.getmtime('d/f'), os.path.getatime('d/f'))
    print(os.path.abspath('d/../d/f') == base + '/d/f', os.path.abspath('/x/./y'))
    print(os.path.realpath('lf') == base + '/d/f', os.path.realpath('ld/f') == base + '/d/f')
    print(os.path.realpath('dangling') == base + '/missing')
    print(os.path.realpath('loop1') == base + '/loop1')
    print(os.path.realpath('d/../lf') == base + '/d/f', os.path.realpath(b'lf') == (base + '/d/f').encode())
    print(os.path.relpath('d/f'), os.path.relpath(base + '/d', base + '/d/f'),
          os.path.relpath('/a/b', '/a/b'), os.path.relpath('/a/b/c', '/a/x/y'))
    print(os.path.samefile('lf', 'd/f'), os.path.ismount('/'), os.path.ismount(base))
    try:
        os.path.getsize('nope')
    except FileNotFoundError as e:
        print('getsize:', e)
    try:
        os.path.relpath('')
    except ValueError as e:
        print('relpath:', e)
    for n in ['lf', 'dangling', 'ld', 'loop1', 'loop2', 'd/f']:
        os.remove(n)
    os.rmdir('d')
finally:
    os.chdir(start)
    os.rmdir(base)
