"""OS routines for pyproc: the system calls of the native `posix` module,
plus what is better written here (`environ`, `makedirs`, `os.path`)."""

import sys
import posix
from posix import *
from posix import _exit

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'

error = OSError
stat_result = posix._stat_result()


def fspath(path):
    """The str or bytes a path stands for (via __fspath__)."""
    if isinstance(path, (str, bytes)):
        return path
    kind = type(path)
    try:
        method = kind.__fspath__
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + kind.__name__) from None
    result = method(path)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError(f"expected {kind.__name__}.__fspath__() to return str or "
                    f"bytes, not {type(result).__name__}")


class PathLike:
    """Base for classes whose instances stand for paths."""

    def __fspath__(self):
        raise NotImplementedError


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


import posixpath as path
sys.modules['os.path'] = path


def _str_only(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


class _View:
    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return f'{type(self).__name__}({self._mapping!r})'


class KeysView(_View):
    def __iter__(self):
        return iter(self._mapping)

    def __contains__(self, key):
        return key in self._mapping


class ValuesView(_View):
    def __iter__(self):
        for key in self._mapping:
            yield self._mapping[key]

    def __contains__(self, value):
        return any(v is value or v == value for v in self)


class ItemsView(_View):
    def __iter__(self):
        for key in self._mapping:
            yield (key, self._mapping[key])

    def __contains__(self, item):
        key, value = item
        try:
            v = self._mapping[key]
        except KeyError:
            return False
        return v is value or v == value


class _Environ:
    """os.environ: a str -> str mapping whose changes reach the process
    environment (putenv/unsetenv), so that child processes see them."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_str_only(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        key = _str_only(key)
        value = _str_only(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        unsetenv(_str_only(key))
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        for key in list(self._data):
            yield key

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        try:
            self[key]
        except KeyError:
            return False
        return True

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self._data.items())
        return f"environ({{{items}}})"

    def __eq__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return KeysView(self)

    def values(self):
        return ValuesView(self)

    def items(self):
        return ItemsView(self)

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    _missing = object()

    def pop(self, key, default=_missing):
        try:
            value = self[key]
        except KeyError:
            if default is self._missing:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        try:
            key = next(iter(self))
        except StopIteration:
            raise KeyError from None
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        while self._data:
            self.popitem()

    def update(self, other=(), /, **kwds):
        if isinstance(other, (dict, _Environ)):
            for key in other:
                self[key] = other[key]
        elif hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(dict(posix.environ))


def getenv(key, default=None):
    """The environment variable `key`, or `default`."""
    return environ.get(key, default)


def get_exec_path(env=None):
    """The directories searched for programs: PATH split on ':'."""
    if env is None:
        env = environ
    found = env.get('PATH')
    if isinstance(env, dict) and b'PATH' in env:
        if found is not None:
            raise ValueError("env cannot contain 'PATH' and b'PATH' keys")
        found = fsdecode(env[b'PATH'])
    if found is None:
        found = defpath
    return found.split(pathsep)


def makedirs(name, mode=0o777, exist_ok=False):
    """mkdir for `name` and every missing parent directory."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            # Made concurrently by someone else: fine.
            pass
        here = bytes(curdir, 'ascii') if isinstance(tail, bytes) else curdir
        if tail == here:
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def removedirs(name):
    """rmdir `name`, then its parents as long as they become empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """rename, making the new parents and removing emptied old ones."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


class DirEntry:
    """One entry of a scandir() listing."""

    def __init__(self, top, name):
        self.name = name
        self.path = path.join(top, name)
        self._lstat = None

    def __repr__(self):
        return f'<DirEntry {self.name!r}>'

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks and self.is_symlink():
            return stat(self.path)
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def _mode_is(self, test, follow_symlinks):
        try:
            return test(self.stat(follow_symlinks=follow_symlinks).st_mode)
        except FileNotFoundError:
            return False

    def is_dir(self, *, follow_symlinks=True):
        return self._mode_is(_stat.S_ISDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._mode_is(_stat.S_ISREG, follow_symlinks)

    def is_symlink(self):
        return self._mode_is(_stat.S_ISLNK, False)


class _ScandirIterator:
    def __init__(self, top, names):
        self._top = top
        self._names = iter(names)

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._top, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path=None):
    """The entries of a directory, as DirEntry objects (built over
    listdir and lstat)."""
    top = curdir if path is None else fspath(path)
    return _ScandirIterator(top, listdir(top))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """For each directory in the tree at `top`: (dirpath, dirnames,
    filenames)."""
    top = fspath(top)
    try:
        entries = list(scandir(top))
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, files, links_to_dirs = [], [], []
    for entry in entries:
        if entry.is_dir():
            dirs.append(entry.name)
            if not followlinks and entry.is_symlink():
                links_to_dirs.append(entry.name)
        else:
            files.append(entry.name)
    if topdown:
        yield top, dirs, files
        for d in dirs:
            sub = path.join(top, d)
            if followlinks or not path.islink(sub):
                yield from walk(sub, topdown, onerror, followlinks)
    else:
        for d in dirs:
            if d not in links_to_dirs:
                yield from walk(path.join(top, d), topdown, onerror, followlinks)
        yield top, dirs, files


import stat as _stat
