//! Paths and directories: `chdir`, `getcwd`, `umask`, `remove`/`unlink`,
//! `rename`/`replace`, `mkdir`, `rmdir`, `listdir`, `access`, `chmod`,
//! links, `truncate`, `utime`; `stat` and its result live in `fs/stat.rs`.
//!
//! Calls go through the `*at` forms of the C functions so that `dir_fd`
//! arguments work the same way as the working directory (`AT_FDCWD`).

mod clinic;
mod path;
mod stat;
mod utime;

use super::add_functions;
use crate::builtins::args::{exactly_one, no_kwargs};
use crate::error::{PyResult, type_error};
use crate::object::Dict;
use crate::value::{Str, Value};
use crate::vm::Vm;
use clinic::Sig;
use nix::libc;
pub use path::fspath;
use path::{Accept, PathArg, Target, convert, dir_fd, error2, int_arg, sys};

pub fn register(vm: &mut Vm, d: &mut Dict) {
    add_functions(
        vm,
        d,
        &[
            ("chdir", chdir),
            ("getcwd", getcwd),
            ("getcwdb", getcwdb),
            ("umask", umask),
            ("remove", remove),
            ("unlink", unlink),
            ("rmdir", rmdir),
            ("mkdir", mkdir),
            ("rename", rename),
            ("replace", replace),
            ("listdir", listdir),
            ("access", access),
            ("chmod", chmod),
            ("symlink", symlink),
            ("readlink", readlink),
            ("link", link),
            ("truncate", truncate),
            ("utime", utime::utime),
            ("stat", stat::stat),
            ("lstat", stat::lstat),
            ("fstat", stat::fstat),
            ("_stat_result", stat::stat_result_class),
        ],
    );
    super::add_ints(
        d,
        &[
            ("F_OK", libc::F_OK as i64),
            ("R_OK", libc::R_OK as i64),
            ("W_OK", libc::W_OK as i64),
            ("X_OK", libc::X_OK as i64),
        ],
    );
}

/// Binds the arguments and converts the first, a path.
fn bind_path(
    vm: &mut Vm,
    sig: &Sig,
    args: &[Value],
    kwargs: &[(Str, Value)],
    accept: Accept,
) -> PyResult<(PathArg, Vec<Option<Value>>)> {
    let a = sig.bind(args, kwargs)?;
    let p = convert(
        vm,
        a[0].as_ref().expect("required"),
        sig.name,
        "path",
        accept,
    )?;
    Ok((p, a))
}

/// A boolean flag argument, `default` when absent.
fn flag(vm: &mut Vm, v: &Option<Value>, default: bool) -> PyResult<bool> {
    match v {
        Some(v) => vm.truthy(v),
        None => Ok(default),
    }
}

/// `os.chdir(path)`.
fn chdir(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let sig = Sig {
        name: "chdir",
        params: &["path"],
        max_pos: 1,
        min_pos: 1,
    };
    let (p, _) = bind_path(vm, &sig, args, kwargs, Accept::NameOrFd)?;
    // SAFETY: the path is NUL-terminated; fchdir takes any integer.
    let r = match &p.target {
        Target::Name(c) => unsafe { libc::chdir(c.as_ptr()) },
        Target::Fd(-1) => return Err(p.error(nix::errno::Errno::EFAULT)),
        Target::Fd(fd) => unsafe { libc::fchdir(*fd) },
    };
    sys(r).map_err(|e| p.error(e))?;
    Ok(Value::None)
}

fn cwd_bytes() -> PyResult<Vec<u8>> {
    use std::os::unix::ffi::OsStringExt;
    let dir = nix::unistd::getcwd().map_err(|e| super::errno_error(e, None))?;
    Ok(dir.into_os_string().into_vec())
}

/// `os.getcwd()`.
fn getcwd(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_args("posix.getcwd", args, kwargs)?;
    Ok(Value::string(
        String::from_utf8_lossy(&cwd_bytes()?).into_owned(),
    ))
}

/// `os.getcwdb()`.
fn getcwdb(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_args("posix.getcwdb", args, kwargs)?;
    Ok(Value::bytes(cwd_bytes()?))
}

/// CPython's check for functions that take no arguments.
fn no_args(name: &str, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<()> {
    no_kwargs(name, kwargs)?;
    if !args.is_empty() {
        return Err(type_error(format!(
            "{name}() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(())
}

/// `os.umask(mask)`: sets the mask and returns the previous one.
fn umask(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("posix.umask", kwargs)?;
    exactly_one("posix.umask", args)?;
    let mask = int_arg(vm, &args[0])?;
    // SAFETY: umask cannot fail.
    let old = unsafe { libc::umask(mask as libc::mode_t) };
    Ok(Value::Int(old as i64))
}

fn remove(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    unlink_as("remove", 0, vm, args, kwargs)
}

fn unlink(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    unlink_as("unlink", 0, vm, args, kwargs)
}

fn rmdir(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    unlink_as("rmdir", libc::AT_REMOVEDIR, vm, args, kwargs)
}

/// `os.remove(path, *, dir_fd=None)`, `unlink` and `rmdir`.
fn unlink_as(
    name: &'static str,
    flags: i32,
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Str, Value)],
) -> PyResult<Value> {
    let sig = Sig {
        name,
        params: &["path", "dir_fd"],
        max_pos: 1,
        min_pos: 1,
    };
    let (p, a) = bind_path(vm, &sig, args, kwargs, Accept::Name)?;
    let dirfd = dir_fd(vm, a[1].as_ref())?;
    // SAFETY: the path is NUL-terminated.
    sys(unsafe { libc::unlinkat(dirfd, p.name().as_ptr(), flags) }).map_err(|e| p.error(e))?;
    Ok(Value::None)
}

/// `os.mkdir(path, mode=0o777, *, dir_fd=None)`.
fn mkdir(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let sig = Sig {
        name: "mkdir",
        params: &["path", "mode", "dir_fd"],
        max_pos: 2,
        min_pos: 1,
    };
    let (p, a) = bind_path(vm, &sig, args, kwargs, Accept::Name)?;
    let mode = match &a[1] {
        Some(m) => int_arg(vm, m)?,
        None => 0o777,
    };
    let dirfd = dir_fd(vm, a[2].as_ref())?;
    // SAFETY: the path is NUL-terminated.
    sys(unsafe { libc::mkdirat(dirfd, p.name().as_ptr(), mode as libc::mode_t) })
        .map_err(|e| p.error(e))?;
    Ok(Value::None)
}

fn rename(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    rename_as("rename", vm, args, kwargs)
}

fn replace(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    rename_as("replace", vm, args, kwargs)
}

/// Binds `(src, dst, *, src_dir_fd=None, dst_dir_fd=None, ...)`.
fn two_paths(
    vm: &mut Vm,
    sig: &Sig,
    args: &[Value],
    kwargs: &[(Str, Value)],
) -> PyResult<(PathArg, PathArg, Vec<Option<Value>>)> {
    let a = sig.bind(args, kwargs)?;
    let src = convert(
        vm,
        a[0].as_ref().expect("required"),
        sig.name,
        "src",
        Accept::Name,
    )?;
    let dst = convert(
        vm,
        a[1].as_ref().expect("required"),
        sig.name,
        "dst",
        Accept::Name,
    )?;
    Ok((src, dst, a))
}

/// `os.rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None)`; `replace`
/// is the same call on POSIX.
fn rename_as(
    name: &'static str,
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Str, Value)],
) -> PyResult<Value> {
    let sig = Sig {
        name,
        params: &["src", "dst", "src_dir_fd", "dst_dir_fd"],
        max_pos: 2,
        min_pos: 2,
    };
    let (src, dst, a) = two_paths(vm, &sig, args, kwargs)?;
    let (sfd, dfd) = (dir_fd(vm, a[2].as_ref())?, dir_fd(vm, a[3].as_ref())?);
    // SAFETY: both paths are NUL-terminated.
    let r = unsafe { libc::renameat(sfd, src.name().as_ptr(), dfd, dst.name().as_ptr()) };
    sys(r).map_err(|e| error2(e, &src, &dst))?;
    Ok(Value::None)
}

/// `os.link(src, dst, *, src_dir_fd=None, dst_dir_fd=None,
/// follow_symlinks=True)`.
fn link(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let sig = Sig {
        name: "link",
        params: &["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"],
        max_pos: 2,
        min_pos: 2,
    };
    let (src, dst, a) = two_paths(vm, &sig, args, kwargs)?;
    let (sfd, dfd) = (dir_fd(vm, a[2].as_ref())?, dir_fd(vm, a[3].as_ref())?);
    let flags = if flag(vm, &a[4], true)? {
        libc::AT_SYMLINK_FOLLOW
    } else {
        0
    };
    // SAFETY: both paths are NUL-terminated.
    let r = unsafe { libc::linkat(sfd, src.name().as_ptr(), dfd, dst.name().as_ptr(), flags) };
    sys(r).map_err(|e| error2(e, &src, &dst))?;
    Ok(Value::None)
}

/// `os.symlink(src, dst, target_is_directory=False, *, dir_fd=None)`.
fn symlink(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let sig = Sig {
        name: "symlink",
        params: &["src", "dst", "target_is_directory", "dir_fd"],
        max_pos: 3,
        min_pos: 2,
    };
    let (src, dst, a) = two_paths(vm, &sig, args, kwargs)?;
    let dfd = dir_fd(vm, a[3].as_ref())?;
    // SAFETY: both paths are NUL-terminated.
    let r = unsafe { libc::symlinkat(src.name().as_ptr(), dfd, dst.name().as_ptr()) };
    sys(r).map_err(|e| error2(e, &src, &dst))?;
    Ok(Value::None)
}

/// A name read from the system, as str or bytes like the argument.
fn name_value(raw: &[u8], bytes: bool) -> Value {
    if bytes {
        Value::bytes(raw.to_vec())
    } else {
        Value::string(String::from_utf8_lossy(raw).into_owned())
    }
}

/// `os.readlink(path, *, dir_fd=None)`.
fn readlink(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let sig = Sig {
        name: "readlink",
        params: &["path", "dir_fd"],
        max_pos: 1,
        min_pos: 1,
    };
    let (p, a) = bind_path(vm, &sig, args, kwargs, Accept::Name)?;
    let dirfd = dir_fd(vm, a[1].as_ref())?;
    let mut buf = vec![0u8; libc::PATH_MAX as usize + 1];
    // SAFETY: the path is NUL-terminated and `buf` has the length given.
    let n =
        unsafe { libc::readlinkat(dirfd, p.name().as_ptr(), buf.as_mut_ptr().cast(), buf.len()) };
    if n < 0 {
        return Err(p.error(nix::errno::Errno::last()));
    }
    Ok(name_value(&buf[..n as usize], p.bytes))
}

/// `os.listdir(path=None)`: the names in a directory (not `.` and `..`),
/// in the order the system gives them.
fn listdir(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let sig = Sig {
        name: "listdir",
        params: &["path"],
        max_pos: 1,
        min_pos: 0,
    };
    let a = sig.bind(args, kwargs)?;
    let arg = a[0].clone().unwrap_or(Value::None);
    let p = convert(vm, &arg, "listdir", "path", Accept::NameFdOrNone)?;
    let raw = read_dir(&p.target).map_err(|e| p.error(e))?;
    Ok(Value::list(
        raw.iter().map(|n| name_value(n, p.bytes)).collect(),
    ))
}

/// The entry names of a directory, through `opendir` (the `nix`
/// directory API is not enabled in this build).
fn read_dir(target: &Target) -> Result<Vec<Vec<u8>>, nix::errno::Errno> {
    // SAFETY: the path is NUL-terminated; the descriptor given to
    // fdopendir is a fresh duplicate that the stream then owns.
    let dir = match target {
        Target::Name(c) => unsafe { libc::opendir(c.as_ptr()) },
        Target::Fd(fd) => {
            let dup = sys(unsafe { libc::dup(*fd) })?;
            let d = unsafe { libc::fdopendir(dup) };
            if d.is_null() {
                let e = nix::errno::Errno::last();
                unsafe { libc::close(dup) };
                return Err(e);
            }
            unsafe { libc::rewinddir(d) };
            d
        }
    };
    if dir.is_null() {
        return Err(nix::errno::Errno::last());
    }
    let mut names = Vec::new();
    let result = loop {
        nix::errno::Errno::clear();
        // SAFETY: `dir` is an open stream; the entry is read before the
        // next readdir call.
        let entry = unsafe { libc::readdir(dir) };
        if entry.is_null() {
            let e = nix::errno::Errno::last();
            break if e as i32 == 0 { Ok(()) } else { Err(e) };
        }
        let name = unsafe { std::ffi::CStr::from_ptr((*entry).d_name.as_ptr()) }.to_bytes();
        if name != b"." && name != b".." {
            names.push(name.to_vec());
        }
    };
    // SAFETY: `dir` is open and closed once.
    unsafe { libc::closedir(dir) };
    result.map(|()| names)
}

/// `os.access(path, mode, *, dir_fd=None, effective_ids=False,
/// follow_symlinks=True)`: whether the access would be allowed.
fn access(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let sig = Sig {
        name: "access",
        params: &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
        max_pos: 2,
        min_pos: 2,
    };
    let (p, a) = bind_path(vm, &sig, args, kwargs, Accept::Name)?;
    let mode = int_arg(vm, a[1].as_ref().expect("required"))?;
    let dirfd = dir_fd(vm, a[2].as_ref())?;
    let mut flags = 0;
    if flag(vm, &a[3], false)? {
        flags |= libc::AT_EACCESS;
    }
    if !flag(vm, &a[4], true)? {
        flags |= libc::AT_SYMLINK_NOFOLLOW;
    }
    // SAFETY: the path is NUL-terminated.
    let r = unsafe { libc::faccessat(dirfd, p.name().as_ptr(), mode, flags) };
    Ok(Value::Bool(r == 0))
}

/// `os.chmod(path, mode, *, dir_fd=None, follow_symlinks=True)`.
fn chmod(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let sig = Sig {
        name: "chmod",
        params: &["path", "mode", "dir_fd", "follow_symlinks"],
        max_pos: 2,
        min_pos: 2,
    };
    let (p, a) = bind_path(vm, &sig, args, kwargs, Accept::NameOrFd)?;
    let mode = int_arg(vm, a[1].as_ref().expect("required"))? as libc::mode_t;
    let dirfd = dir_fd(vm, a[2].as_ref())?;
    let flags = if flag(vm, &a[3], true)? {
        0
    } else {
        libc::AT_SYMLINK_NOFOLLOW
    };
    // SAFETY: the path is NUL-terminated; fchmod takes any integer.
    let r = match &p.target {
        Target::Name(c) => unsafe { libc::fchmodat(dirfd, c.as_ptr(), mode, flags) },
        Target::Fd(fd) => unsafe { libc::fchmod(*fd, mode) },
    };
    sys(r).map_err(|e| p.error(e))?;
    Ok(Value::None)
}

/// `os.truncate(path, length)`.
fn truncate(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let sig = Sig {
        name: "truncate",
        params: &["path", "length"],
        max_pos: 2,
        min_pos: 2,
    };
    let (p, a) = bind_path(vm, &sig, args, kwargs, Accept::NameOrFd)?;
    let length = vm.index_value(a[1].as_ref().expect("required"))? as libc::off_t;
    // SAFETY: the path is NUL-terminated; ftruncate takes any integer.
    let r = match &p.target {
        Target::Name(c) => unsafe { libc::truncate(c.as_ptr(), length) },
        Target::Fd(fd) => unsafe { libc::ftruncate(*fd, length) },
    };
    sys(r).map_err(|e| p.error(e))?;
    Ok(Value::None)
}
