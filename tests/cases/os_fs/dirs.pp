# Directories made, listed, renamed and removed in a fresh temporary tree.
import os

base = '/tmp/pyproc-test-%d-dirs' % os.getpid()
os.mkdir(base)
try:
    os.mkdir(os.path.join(base, 'a'))
    os.mkdir(os.path.join(base, 'b'), 0o755)
    with open(os.path.join(base, 'f.txt'), 'w') as f:
        f.write('hello')
    print(sorted(os.listdir(base)))
    print(os.listdir(os.path.join(base, 'a')))

    os.rename(os.path.join(base, 'a'), os.path.join(base, 'c'))
    os.replace(os.path.join(base, 'f.txt'), os.path.join(base, 'g.txt'))
    print(sorted(os.listdir(base)))

    # listdir answers in the type it was asked in.
    print(sorted(os.listdir(base.encode())))

    os.makedirs(os.path.join(base, 'x', 'y', 'z'))
    print(os.path.isdir(os.path.join(base, 'x', 'y', 'z')))
    os.makedirs(os.path.join(base, 'x', 'y'), exist_ok=True)
    try:
        os.makedirs(os.path.join(base, 'x', 'y'))
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == os.path.join(base, 'x', 'y'))
    os.removedirs(os.path.join(base, 'x', 'y', 'z'))
    print(sorted(os.listdir(base)))

    os.rmdir(os.path.join(base, 'c'))
    os.rmdir(os.path.join(base, 'b'))
    os.remove(os.path.join(base, 'g.txt'))
    print(os.listdir(base))
finally:
    os.rmdir(base)
print(os.path.exists(base))
