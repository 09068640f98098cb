# stat, lstat and fstat: the struct sequence, its fields and types.
import os
import stat

base = '/tmp/pyproc-test-%d-stat' % os.getpid()
os.mkdir(base)
try:
    name = os.path.join(base, 'data')
    with open(name, 'w') as f:
        f.write('0123456789')
    os.chmod(name, 0o640)
    os.utime(name, (1000000000, 1234567890.5))
    st = os.stat(name)
    print(type(st).__name__, type(st) is os.stat_result, len(st))
    print(st.st_size, oct(stat.S_IMODE(st.st_mode)), stat.S_ISREG(st.st_mode), stat.S_ISDIR(st.st_mode))
    print(st.st_mtime, st.st_mtime_ns, st[stat.ST_MTIME], type(st[8]).__name__)
    print(st.st_atime, st[7], st.st_atime_ns)
    print(st[0] == st.st_mode, st[6] == st.st_size, st.st_nlink, st.st_blksize > 0)
    print(st.n_fields, st.n_sequence_fields, st.n_unnamed_fields)
    print(tuple(st)[6:9])
    print(st == os.stat(name), st.st_ino == os.lstat(name).st_ino)

    link = os.path.join(base, 'link')
    os.symlink('data', link)
    print(stat.S_ISLNK(os.lstat(link).st_mode), stat.S_ISLNK(os.stat(link).st_mode))
    print(os.stat(link, follow_symlinks=False).st_mode == os.lstat(link).st_mode)
    print(os.readlink(link), os.readlink(link.encode()))

    hard = os.path.join(base, 'hard')
    os.link(name, hard)
    print(os.stat(name).st_nlink, os.path.samefile(name, hard))

    with open(name) as f:
        print(os.fstat(f.fileno()).st_size, os.stat(f.fileno()).st_size)

    os.truncate(name, 4)
    print(os.path.getsize(name))

    d = os.stat(base)
    print(stat.S_ISDIR(d.st_mode), stat.filemode(d.st_mode)[0], stat.filemode(os.lstat(link).st_mode)[0])
    print(stat.filemode(os.stat(name).st_mode))

    print(os.access(name, os.F_OK), os.access(name, os.R_OK | os.W_OK))
    print(os.access(os.path.join(base, 'none'), os.F_OK), os.F_OK, os.R_OK, os.W_OK, os.X_OK)

    for n in ('hard', 'link', 'data'):
        os.unlink(os.path.join(base, n))
finally:
    os.rmdir(base)
