"""Constants and tests for the st_mode of os.stat results (CPython's
`stat` module)."""

# Indices into the stat_result tuple.
ST_MODE = 0
ST_INO = 1
ST_DEV = 2
ST_NLINK = 3
ST_UID = 4
ST_GID = 5
ST_SIZE = 6
ST_ATIME = 7
ST_MTIME = 8
ST_CTIME = 9

# File types.
_S_IFMT_BITS = 0o170000
S_IFDIR = 0o040000
S_IFCHR = 0o020000
S_IFBLK = 0o060000
S_IFREG = 0o100000
S_IFIFO = 0o010000
S_IFLNK = 0o120000
S_IFSOCK = 0o140000
S_IFDOOR = 0
S_IFPORT = 0
S_IFWHT = 0

# Permission bits.
S_ISUID = 0o4000
S_ISGID = 0o2000
S_ENFMT = S_ISGID
S_ISVTX = 0o1000
S_IREAD = 0o400
S_IWRITE = 0o200
S_IEXEC = 0o100
S_IRWXU = 0o700
S_IRUSR = 0o400
S_IWUSR = 0o200
S_IXUSR = 0o100
S_IRWXG = 0o070
S_IRGRP = 0o040
S_IWGRP = 0o020
S_IXGRP = 0o010
S_IRWXO = 0o007
S_IROTH = 0o004
S_IWOTH = 0o002
S_IXOTH = 0o001

# BSD file flags (st_flags), for completeness.
UF_NODUMP = 0x1
UF_IMMUTABLE = 0x2
UF_APPEND = 0x4
UF_OPAQUE = 0x8
UF_NOUNLINK = 0x10
UF_COMPRESSED = 0x20
UF_HIDDEN = 0x8000
SF_ARCHIVED = 0x10000
SF_IMMUTABLE = 0x20000
SF_APPEND = 0x40000
SF_NOUNLINK = 0x100000
SF_SNAPSHOT = 0x200000


def _mode(mode):
    # The C module takes an unsigned int, with these complaints.
    if not isinstance(mode, int):
        raise TypeError("an integer is required")
    if mode < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    return mode


def S_IMODE(mode):
    """The permission bits of a mode (what chmod sets)."""
    return _mode(mode) & 0o7777


def S_IFMT(mode):
    """The file type bits of a mode."""
    return _mode(mode) & _S_IFMT_BITS


def S_ISDIR(mode):
    return S_IFMT(mode) == S_IFDIR


def S_ISCHR(mode):
    return S_IFMT(mode) == S_IFCHR


def S_ISBLK(mode):
    return S_IFMT(mode) == S_IFBLK


def S_ISREG(mode):
    return S_IFMT(mode) == S_IFREG


def S_ISFIFO(mode):
    return S_IFMT(mode) == S_IFIFO


def S_ISLNK(mode):
    return S_IFMT(mode) == S_IFLNK


def S_ISSOCK(mode):
    return S_IFMT(mode) == S_IFSOCK


def S_ISDOOR(mode):
    _mode(mode)
    return False


def S_ISPORT(mode):
    _mode(mode)
    return False


def S_ISWHT(mode):
    _mode(mode)
    return False


_TYPE_CHARS = {
    S_IFLNK: 'l',
    S_IFSOCK: 's',
    S_IFREG: '-',
    S_IFBLK: 'b',
    S_IFDIR: 'd',
    S_IFCHR: 'c',
    S_IFIFO: 'p',
}

# For user, group and others: the read, write and execute bits, and the
# special bit shown in the execute column ('s' or 't' over an 'x', the
# capital letter without one).
_CLASSES = (
    (S_IRUSR, S_IWUSR, S_IXUSR, S_ISUID, 's'),
    (S_IRGRP, S_IWGRP, S_IXGRP, S_ISGID, 's'),
    (S_IROTH, S_IWOTH, S_IXOTH, S_ISVTX, 't'),
)


def filemode(mode):
    """The mode as `ls -l` shows it: '-rwxr-xr-x'."""
    mode = _mode(mode)
    out = [_TYPE_CHARS.get(mode & _S_IFMT_BITS, '?')]
    for r, w, x, special, letter in _CLASSES:
        out.append('r' if mode & r else '-')
        out.append('w' if mode & w else '-')
        if mode & special:
            out.append(letter if mode & x else letter.upper())
        else:
            out.append('x' if mode & x else '-')
    return ''.join(out)
