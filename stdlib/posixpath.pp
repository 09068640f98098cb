"""Path name operations on POSIX (`os.path`). Every function takes str,
bytes or an os.PathLike and answers in the type it was given."""

import os
import stat

sep = '/'
altsep = None
curdir = '.'
pardir = '..'
extsep = '.'
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False


def _sep(p):
    return b'/' if isinstance(p, bytes) else '/'


def _check_types(funcname, *args):
    # Called when an operation failed on its arguments, to say why.
    has_str = has_bytes = False
    for a in args:
        if isinstance(a, str):
            has_str = True
        elif isinstance(a, bytes):
            has_bytes = True
        else:
            raise TypeError(f'{funcname}() argument must be str, bytes, or '
                            f'os.PathLike object, not {type(a).__name__!r}') from None
    if has_str and has_bytes:
        raise TypeError("Can't mix strings and bytes in path components") from None


def normcase(s):
    return os.fspath(s)


def isabs(s):
    s = os.fspath(s)
    return s.startswith(_sep(s))


def join(a, *p):
    """Joins path components; an absolute component discards those before."""
    a = os.fspath(a)
    s = _sep(a)
    path = a
    try:
        if not p:
            path[:0] + s
        for b in map(os.fspath, p):
            if b.startswith(s):
                path = b
            elif not path or path.endswith(s):
                path += b
            else:
                path += s + b
    except (TypeError, AttributeError):
        _check_types('join', a, *p)
        raise
    return path


def split(p):
    """(head, tail): tail is everything after the last slash."""
    p = os.fspath(p)
    s = _sep(p)
    cut = p.rfind(s) + 1
    head, tail = p[:cut], p[cut:]
    if head and head != s * len(head):
        head = head.rstrip(s)
    return head, tail


def splitext(p):
    """(root, ext): ext starts at the last dot of the last component,
    unless only dots precede it there ('.bashrc' has no extension)."""
    p = os.fspath(p)
    if isinstance(p, bytes):
        s, dot = b'/', b'.'
    else:
        s, dot = '/', '.'
    last_sep = p.rfind(s)
    last_dot = p.rfind(dot)
    if last_dot > last_sep:
        name = p[last_sep + 1:last_dot]
        if name.strip(dot):
            return p[:last_dot], p[last_dot:]
    return p, p[:0]


def splitdrive(p):
    p = os.fspath(p)
    return p[:0], p


def basename(p):
    p = os.fspath(p)
    return p[p.rfind(_sep(p)) + 1:]


def dirname(p):
    return split(p)[0]


def _stat_or_none(path, follow):
    try:
        return os.stat(path) if follow else os.lstat(path)
    except (OSError, ValueError):
        return None


def exists(path):
    return _stat_or_none(path, True) is not None


def lexists(path):
    return _stat_or_none(path, False) is not None


def isfile(path):
    st = _stat_or_none(path, True)
    return st is not None and stat.S_ISREG(st.st_mode)


def isdir(s):
    st = _stat_or_none(s, True)
    return st is not None and stat.S_ISDIR(st.st_mode)


def islink(path):
    st = _stat_or_none(path, False)
    return st is not None and stat.S_ISLNK(st.st_mode)


def ismount(path):
    st = _stat_or_none(path, False)
    if st is None or stat.S_ISLNK(st.st_mode):
        return False
    path = os.fspath(path)
    parent = join(path, b'..' if isinstance(path, bytes) else '..')
    up = _stat_or_none(parent, False)
    if up is None:
        return False
    return st.st_dev != up.st_dev or st.st_ino == up.st_ino


def getsize(filename):
    return os.stat(filename).st_size


def getmtime(filename):
    return os.stat(filename).st_mtime


def getatime(filename):
    return os.stat(filename).st_atime


def getctime(filename):
    return os.stat(filename).st_ctime


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(os.stat(f1), os.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(os.fstat(fp1), os.fstat(fp2))


def commonprefix(m):
    """The longest common leading part of the items (character-wise)."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(os.fspath, m))
    lo = min(m)
    hi = max(m)
    for i in range(len(lo)):
        if lo[i] != hi[i]:
            return lo[:i]
    return lo


def normpath(path):
    """Collapses redundant slashes, '.' and 'a/..' (lexically)."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        s, dot, dotdot = b'/', b'.', b'..'
    else:
        s, dot, dotdot = '/', '.', '..'
    if not path:
        return dot
    # POSIX gives two leading slashes a meaning of their own; three or
    # more are one.
    lead = 0
    if path.startswith(s):
        lead = 2 if path.startswith(s * 2) and not path.startswith(s * 3) else 1
    kept = []
    for part in path.split(s):
        if not part or part == dot:
            continue
        if part == dotdot:
            if kept and kept[-1] != dotdot:
                kept.pop()
                continue
            if lead:
                continue
        kept.append(part)
    return (s * lead + s.join(kept)) or dot


def abspath(path):
    path = os.fspath(path)
    if not isabs(path):
        cwd = os.getcwdb() if isinstance(path, bytes) else os.getcwd()
        path = join(cwd, path)
    return normpath(path)


def realpath(filename, *, strict=False):
    """The canonical path: symbolic links resolved, '.' and '..' gone."""
    filename = os.fspath(filename)
    path, _ = _resolve(filename[:0], filename, strict, {})
    return abspath(path)


def _resolve(path, rest, strict, seen):
    # Appends the components of `rest` to the already resolved `path`,
    # following links; `seen` maps links being or already resolved to
    # their result (None while in progress: a loop). Returns the path and
    # whether it was resolved to the end.
    if isinstance(path, bytes):
        s, dot, dotdot = b'/', b'.', b'..'
    else:
        s, dot, dotdot = '/', '.', '..'
    if rest.startswith(s):
        path = s
        rest = rest[1:]
    while rest:
        name, _, rest = rest.partition(s)
        if not name or name == dot:
            continue
        if name == dotdot:
            if not path:
                path = dotdot
                continue
            path, last = split(path)
            if last == dotdot:
                path = join(path, dotdot, dotdot)
            continue
        candidate = join(path, name)
        try:
            st = os.lstat(candidate)
        except OSError:
            if strict:
                raise
            st = None
        if st is None or not stat.S_ISLNK(st.st_mode):
            path = candidate
            continue
        if candidate in seen:
            done = seen[candidate]
            if done is not None:
                path = done
                continue
            if strict:
                os.stat(candidate)
            return join(candidate, rest), False
        seen[candidate] = None
        path, ok = _resolve(path, os.readlink(candidate), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[candidate] = path
    return path, True


def relpath(path, start=None):
    """`path` relative to `start` (the working directory by default)."""
    if not path:
        raise ValueError("no path specified")
    path = os.fspath(path)
    if isinstance(path, bytes):
        s, dot, dotdot = b'/', b'.', b'..'
    else:
        s, dot, dotdot = '/', '.', '..'
    if start is None:
        start = dot
    else:
        start = os.fspath(start)
    try:
        here = [x for x in abspath(start).split(s) if x]
        there = [x for x in abspath(path).split(s) if x]
        common = len(commonprefix([here, there]))
        parts = [dotdot] * (len(here) - common) + there[common:]
        if not parts:
            return dot
        return join(*parts)
    except (TypeError, AttributeError):
        _check_types('relpath', path, start)
        raise


def commonpath(paths):
    """The longest common sub-path of the paths (component-wise)."""
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    paths = tuple(map(os.fspath, paths))
    if isinstance(paths[0], bytes):
        s, dot = b'/', b'.'
    else:
        s, dot = '/', '.'
    try:
        split_paths = [p.split(s) for p in paths]
        absolute = set(p[:1] == s for p in paths)
        if len(absolute) != 1:
            raise ValueError("Can't mix absolute and relative paths") from None
        split_paths = [[c for c in parts if c and c != dot] for parts in split_paths]
        lo = min(split_paths)
        hi = max(split_paths)
        common = lo
        for i in range(len(lo)):
            if lo[i] != hi[i]:
                common = lo[:i]
                break
        prefix = s if paths[0][:1] == s else s[:0]
        return prefix + s.join(common)
    except (TypeError, AttributeError):
        _check_types('commonpath', *paths)
        raise


def _home_of(user):
    # The home directory field of /etc/passwd (no pwd module yet).
    try:
        with open('/etc/passwd') as f:
            for line in f:
                fields = line.rstrip('\n').split(':')
                if len(fields) >= 6 and fields[0] == user:
                    return fields[5]
    except OSError:
        pass
    return None


def expanduser(path):
    """'~' and '~user' at the start replaced by the home directory."""
    path = os.fspath(path)
    if isinstance(path, bytes):
        s, tilde = b'/', b'~'
    else:
        s, tilde = '/', '~'
    if not path.startswith(tilde):
        return path
    end = path.find(s, 1)
    if end < 0:
        end = len(path)
    if end == 1:
        home = os.environ.get('HOME')
        if home is None:
            raise NotImplementedError(
                "expanduser('~') without $HOME needs the pwd module, "
                "which pyproc does not have")
    else:
        user = path[1:end]
        if isinstance(user, bytes):
            user = os.fsdecode(user)
        home = _home_of(user)
        if home is None:
            return path
    if isinstance(path, bytes):
        home = os.fsencode(home)
    home = home.rstrip(s)
    return (home + path[end:]) or s


def _is_word(c):
    return c == '_' or c.isalnum() and c.isascii()


def _var_at(path, i):
    # The variable reference starting with the '$' at i, as (name, end),
    # or None: '$name' (ASCII letters, digits, '_') or '${anything}'.
    j = i + 1
    if path[j:j + 1] == '{':
        close = path.find('}', j)
        if close < 0:
            return None
        return path[j + 1:close], close + 1
    while j < len(path) and _is_word(path[j]):
        j += 1
    if j == i + 1:
        return None
    return path[i + 1:j], j


def expandvars(path):
    """'$name' and '${name}' replaced by environment variables; unknown
    ones are left as they are."""
    path = os.fspath(path)
    as_bytes = isinstance(path, bytes)
    if as_bytes:
        if b'$' not in path:
            return path
        text = path.decode('latin-1')
    else:
        if '$' not in path:
            return path
        text = path
    i = 0
    while True:
        i = text.find('$', i)
        if i < 0:
            break
        ref = _var_at(text, i)
        if ref is None:
            i += 1
            continue
        name, end = ref
        if as_bytes:
            name = os.fsdecode(name.encode('latin-1'))
        value = os.environ.get(name)
        if value is None:
            i = end
            continue
        if as_bytes:
            value = os.fsencode(value).decode('latin-1')
        text = text[:i] + value + text[end:]
        i += len(value)
    return text.encode('latin-1') if as_bytes else text
