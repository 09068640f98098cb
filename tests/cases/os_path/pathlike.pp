# Objects with __fspath__ are accepted wherever paths are.
import os


class P:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


class Bad:
    def __fspath__(self):
        return 1


print(os.fspath(P('a/b')), os.fspath(P(b'x')), os.fspath('s'), os.fspath(b'b'))
print(os.path.join(P('a'), P('b')), os.path.splitext(P('x.y')), os.path.basename(P('/q/r')))
print(os.path.isdir(P('/')), os.stat(P('/')).st_ino == os.stat('/').st_ino)
print(os.fsencode(P('e')), os.fsdecode(P(b'd')), os.fsencode(b'x'), os.fsdecode('y'))
for label, f, arg in [('fspath', os.fspath, Bad()), ('stat', os.stat, Bad()),
                      ('fspath int', os.fspath, 1), ('fsencode', os.fsencode, 2.5),
                      ('listdir', os.listdir, P(3))]:
    try:
        f(arg)
    except TypeError as e:
        print(label, '->', e)
