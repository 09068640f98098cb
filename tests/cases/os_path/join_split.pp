# os.path string operations on their edge cases: absolute components,
# trailing and repeated slashes, empty strings, dot files.
import os.path
from os.path import join, split, splitext, basename, dirname, normpath, isabs

cases = ['', '/', '//', '///', 'a', 'a/', '/a', '/a/', 'a/b', 'a//b', '/a/b/', '//a/b',
         '.', '..', '.bashrc', 'a/.bashrc', 'a.b/c', 'a/b.tar.gz', '...', 'a/..b', 'a.', '/.x.y']
for p in cases:
    print(repr(p), split(p), splitext(p), repr(basename(p)), repr(dirname(p)),
          repr(normpath(p)), isabs(p))

print(join('a', 'b'), join('a/', 'b'), join('a', '/b'), join('/a', 'b', '/c', 'd'))
print(repr(join('a', '')), repr(join('', 'b')), repr(join('', '')), repr(join('a')))
print(join(b'a', b'b'), split(b'/x/y'), splitext(b'f.txt'), normpath(b'a/./b/../c'))

for p in ['a/../../b', '/../a', '../../a', 'a/./b/.', './', '/a/b/../../..', '//a/../b',
          'a/b/c/../../d', '../a/..', 'a//b//c', '/./a']:
    print(repr(p), repr(normpath(p)))

print(os.path.commonprefix([]), os.path.commonprefix(['/usr/lib', '/usr/local']),
      os.path.commonprefix(['same', 'same']), os.path.commonprefix([['a', 'b'], ['a', 'c']]))
print(os.path.commonpath(['/usr/lib', '/usr/local/lib']), os.path.commonpath(['a/b', 'a/c/d']))
print(os.path.sep, os.path.curdir, os.path.pardir, os.path.extsep, os.path.pathsep, os.path.altsep)
print(os.path is os.path, os.path.__name__)


def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', repr(r))


show('join int', join, 'a', 1)
show('join first int', join, 1, 'a')
show('join mixed', join, 'a', b'b')
show('split int', split, 1)
show('splitext None', splitext, None)
show('basename list', basename, [])
show('normpath int', normpath, 3)
show('commonpath empty', os.path.commonpath, [])
show('commonpath mixed', os.path.commonpath, ['/a', 'b'])
