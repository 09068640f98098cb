# os.walk top-down and bottom-up, scandir entries, and pruning dirnames.
import os

base = '/tmp/pyproc-test-%d-walk' % os.getpid()
os.makedirs(base + '/a/b')
os.makedirs(base + '/c')
for name in ['top.txt', 'a/one.txt', 'a/b/two.txt', 'c/three.txt']:
    with open(base + '/' + name, 'w') as f:
        f.write(name)
os.symlink('a', base + '/la')
try:
    def rel(p):
        return p[len(base):] or '/'

    for top, dirs, files in os.walk(base):
        dirs.sort()
        print('down', rel(top), dirs, sorted(files))
    print([rel(t) for t, d, f in sorted(os.walk(base, topdown=False))])
    for top, dirs, files in os.walk(base):
        if 'a' in dirs:
            dirs.remove('a')
        print('pruned', rel(top), sorted(dirs), sorted(files))
    print(len(list(os.walk(base, followlinks=True))))
    print(list(os.walk(base + '/nope')))
    errors = []
    list(os.walk(base + '/nope', onerror=errors.append))
    print([type(e).__name__ for e in errors])

    with os.scandir(base) as it:
        entries = sorted(it, key=lambda e: e.name)
    for e in entries:
        print(repr(e), e.name, rel(e.path), e.is_dir(), e.is_file(), e.is_symlink(),
              e.is_dir(follow_symlinks=False), e.stat().st_size == os.stat(e.path).st_size)
    print(os.fspath(entries[0]) == entries[0].path)
finally:
    for name in ['top.txt', 'a/one.txt', 'a/b/two.txt', 'c/three.txt', 'la']:
        os.remove(base + '/' + name)
    os.removedirs(base + '/a/b')
    os.rmdir(base + '/c')
    if os.path.exists(base):
        os.rmdir(base)
print(os.path.exists(base))
