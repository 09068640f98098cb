# The stat module: type tests, permission bits and filemode strings.
import stat

modes = [0o100644, 0o040755, 0o120777, 0o010600, 0o140700, 0o020620, 0o060660,
         0o104755, 0o102755, 0o041777, 0o101754, 0o107777, 0o000644]
for m in modes:
    print(oct(m), stat.filemode(m), oct(stat.S_IMODE(m)), oct(stat.S_IFMT(m)),
          stat.S_ISDIR(m), stat.S_ISREG(m), stat.S_ISLNK(m), stat.S_ISFIFO(m),
          stat.S_ISSOCK(m), stat.S_ISCHR(m), stat.S_ISBLK(m))
print(stat.S_IRWXU, stat.S_IRUSR | stat.S_IWUSR | stat.S_IXUSR, stat.S_IRWXG, stat.S_IRWXO)
print(stat.S_ISUID, stat.S_ISGID, stat.S_ISVTX, stat.S_IREAD, stat.S_IWRITE, stat.S_IEXEC)
print(stat.S_IFDIR, stat.S_IFREG, stat.S_IFLNK, stat.S_IFIFO, stat.S_IFSOCK, stat.S_IFCHR, stat.S_IFBLK)
print(stat.ST_MODE, stat.ST_SIZE, stat.ST_MTIME, stat.ST_CTIME)
for bad in ['x', None, -1]:
    try:
        stat.S_ISDIR(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
