//! File descriptors: `open`, `close`, `closerange`, `read`, `write`,
//! `pipe`, `pipe2`, `dup`, `dup2`, `lseek`, `isatty`, inheritance and
//! blocking flags, `fdopen`, and the `O_*`/`SEEK_*` constants. New
//! descriptors are non-inheritable (close-on-exec), as PEP 446 makes them.

use super::{add_functions, add_ints, c_int, check, errno_error, path_arg, retry};
use crate::builtins::args::{arity, no_kwargs};
use crate::error::{PyResult, type_error};
use crate::object::Dict;
use crate::value::{Str, Value};
use crate::vm::Vm;
use nix::fcntl::{FcntlArg, FdFlag, OFlag, fcntl};
use nix::libc;
use std::os::fd::IntoRawFd;

pub fn register(vm: &mut Vm, d: &mut Dict) {
    add_functions(
        vm,
        d,
        &[
            ("open", open),
            ("close", close),
            ("closerange", closerange),
            ("read", read),
            ("write", write),
            ("pipe", pipe),
            ("pipe2", pipe2),
            ("dup", dup),
            ("dup2", dup2),
            ("lseek", lseek),
            ("isatty", isatty),
            ("get_inheritable", get_inheritable),
            ("set_inheritable", set_inheritable),
            ("get_blocking", get_blocking),
            ("set_blocking", set_blocking),
            ("device_encoding", device_encoding),
            ("fdopen", fdopen),
        ],
    );
    add_ints(
        d,
        &[
            ("O_RDONLY", libc::O_RDONLY as i64),
            ("O_WRONLY", libc::O_WRONLY as i64),
            ("O_RDWR", libc::O_RDWR as i64),
            ("O_ACCMODE", libc::O_ACCMODE as i64),
            ("O_APPEND", libc::O_APPEND as i64),
            ("O_CREAT", libc::O_CREAT as i64),
            ("O_EXCL", libc::O_EXCL as i64),
            ("O_TRUNC", libc::O_TRUNC as i64),
            ("O_NONBLOCK", libc::O_NONBLOCK as i64),
            ("O_NDELAY", libc::O_NDELAY as i64),
            ("O_CLOEXEC", libc::O_CLOEXEC as i64),
            ("O_NOCTTY", libc::O_NOCTTY as i64),
            ("O_DIRECTORY", libc::O_DIRECTORY as i64),
            ("O_SYNC", libc::O_SYNC as i64),
            ("O_DSYNC", libc::O_DSYNC as i64),
            ("O_RSYNC", libc::O_RSYNC as i64),
            ("O_NOFOLLOW", libc::O_NOFOLLOW as i64),
            ("O_ASYNC", libc::O_ASYNC as i64),
            ("O_NOATIME", libc::O_NOATIME as i64),
            ("O_PATH", libc::O_PATH as i64),
            ("SEEK_SET", 0),
            ("SEEK_CUR", 1),
            ("SEEK_END", 2),
            ("SEEK_DATA", libc::SEEK_DATA as i64),
            ("SEEK_HOLE", libc::SEEK_HOLE as i64),
        ],
    );
}

/// Arguments by position or keyword, with Argument Clinic's messages.
fn bind(
    fname: &str,
    args: &[Value],
    kwargs: &[(Str, Value)],
    names: &[&str],
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    if args.len() > names.len() {
        let (n, plural) = (names.len(), if names.len() == 1 { "" } else { "s" });
        let most = if required == n { "exactly" } else { "at most" };
        return Err(type_error(format!(
            "{fname}() takes {most} {n} positional argument{plural} ({} given)",
            args.len()
        )));
    }
    let mut out: Vec<Option<Value>> = names.iter().map(|_| None).collect();
    for (i, a) in args.iter().enumerate() {
        out[i] = Some(a.clone());
    }
    for (k, v) in kwargs {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) if out[i].is_some() => {
                return Err(type_error(format!(
                    "argument for {fname}() given by name ('{}') and position ({})",
                    k.as_str(),
                    i + 1
                )));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(type_error(format!(
                    "'{}' is an invalid keyword argument for {fname}()",
                    k.as_str()
                )));
            }
        }
    }
    if let Some(i) = out[..required].iter().position(|v| v.is_none()) {
        return Err(type_error(format!(
            "{fname}() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        )));
    }
    Ok(out)
}

/// A single descriptor argument of a METH_O function.
fn one_fd(vm: &mut Vm, name: &str, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<i32> {
    let p = bind(name, args, kwargs, &["fd"], 1)?;
    c_int(vm, p[0].as_ref().unwrap_or(&Value::None))
}

fn int_or(vm: &mut Vm, v: &Option<Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(v) => vm.index_value(v),
    }
}

/// `os.open(path, flags, mode=0o777, *, dir_fd=None)`.
fn open(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let p = bind(
        "open",
        args,
        kwargs,
        &["path", "flags", "mode", "dir_fd"],
        2,
    )?;
    if p[3].as_ref().is_some_and(|v| !v.is_none()) {
        return Err(crate::error::not_implemented("os.open(dir_fd=...)"));
    }
    let path_v = p[0].clone().unwrap_or(Value::None);
    let path = path_arg(vm, &path_v, "open", "path")?;
    let flags = c_int(vm, p[1].as_ref().unwrap_or(&Value::None))?;
    let mode = int_or(vm, &p[2], 0o777)?;
    let flags = OFlag::from_bits_retain(flags) | OFlag::O_CLOEXEC;
    let mode = nix::sys::stat::Mode::from_bits_truncate(mode as libc::mode_t);
    let fd = retry(vm, || nix::fcntl::open(path.as_c_str(), flags, mode))?
        .map_err(|e| errno_error(e, Some(&path_v)))?;
    Ok(Value::Int(fd.into_raw_fd() as i64))
}

/// `os.close(fd)`. EINTR counts as closed (Linux frees the descriptor).
fn close(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let fd = one_fd(vm, "close", args, kwargs)?;
    match nix::unistd::close(fd) {
        Ok(()) | Err(nix::errno::Errno::EINTR) => Ok(Value::None),
        Err(e) => Err(errno_error(e, None)),
    }
}

/// `os.closerange(fd_low, fd_high)`: errors are ignored.
fn closerange(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("closerange", kwargs)?;
    arity("closerange", args, 2, 2)?;
    let lo = c_int(vm, &args[0])?.max(0);
    let hi = c_int(vm, &args[1])?;
    for fd in lo..hi {
        let _ = nix::unistd::close(fd);
    }
    Ok(Value::None)
}

fn fd_of(fd: i32) -> std::os::fd::BorrowedFd<'static> {
    crate::io::buffered::borrow(fd)
}

/// `os.read(fd, n)`: one read(2), retried after signal handlers (PEP 475).
fn read(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("read", kwargs)?;
    arity("read", args, 2, 2)?;
    let fd = c_int(vm, &args[0])?;
    let n = vm.index_value(&args[1])?;
    if n < 0 {
        return Err(errno_error(nix::errno::Errno::EINVAL, None));
    }
    let mut buf = vec![0u8; n as usize];
    let got = retry(vm, || nix::unistd::read(fd_of(fd), &mut buf))?;
    let got = check(got)?;
    buf.truncate(got);
    Ok(Value::bytes(buf))
}

/// `os.write(fd, data)`: one write(2); returns how many bytes went out.
fn write(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("write", kwargs)?;
    arity("write", args, 2, 2)?;
    let fd = c_int(vm, &args[0])?;
    let data = crate::io::object::bytes_like(vm, &args[1])?;
    let n = check(retry(vm, || nix::unistd::write(fd_of(fd), &data))?)?;
    Ok(Value::Int(n as i64))
}

fn pair(fds: (std::os::fd::OwnedFd, std::os::fd::OwnedFd)) -> Value {
    Value::tuple(vec![
        Value::Int(fds.0.into_raw_fd() as i64),
        Value::Int(fds.1.into_raw_fd() as i64),
    ])
}

/// `os.pipe()`: both ends close-on-exec.
fn pipe(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("pipe", kwargs)?;
    if !args.is_empty() {
        return Err(type_error(format!(
            "posix.pipe() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(pair(check(nix::unistd::pipe2(OFlag::O_CLOEXEC))?))
}

/// `os.pipe2(flags)`: exactly the flags given.
fn pipe2(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let p = bind("pipe2", args, kwargs, &["flags"], 1)?;
    let flags = c_int(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    Ok(pair(check(nix::unistd::pipe2(OFlag::from_bits_retain(
        flags,
    )))?))
}

/// `os.dup(fd)`: the copy is non-inheritable.
fn dup(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("dup", kwargs)?;
    if args.len() != 1 {
        return Err(type_error(format!(
            "posix.dup() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    let fd = c_int(vm, &args[0])?;
    let new = check(fcntl(fd_of(fd), FcntlArg::F_DUPFD_CLOEXEC(0)))?;
    Ok(Value::Int(new as i64))
}

/// `os.dup2(fd, fd2, inheritable=True)`; returns fd2.
fn dup2(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let p = bind("dup2", args, kwargs, &["fd", "fd2", "inheritable"], 2)?;
    let fd = c_int(vm, p[0].as_ref().unwrap_or(&Value::None))?;
    let fd2 = c_int(vm, p[1].as_ref().unwrap_or(&Value::None))?;
    let inheritable = match &p[2] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    // SAFETY: plain system calls on descriptor numbers; the caller owns
    // the descriptors as in C.
    let r = unsafe {
        if inheritable || fd == fd2 {
            libc::dup2(fd, fd2)
        } else {
            libc::dup3(fd, fd2, libc::O_CLOEXEC)
        }
    };
    if r < 0 {
        return Err(errno_error(nix::errno::Errno::last(), None));
    }
    Ok(Value::Int(r as i64))
}

/// `os.lseek(fd, position, whence)`.
fn lseek(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("lseek", kwargs)?;
    arity("lseek", args, 3, 3)?;
    let fd = c_int(vm, &args[0])?;
    let pos = vm.index_value(&args[1])?;
    let how = c_int(vm, &args[2])?;
    // SAFETY: lseek on a descriptor number; errors come back as -1.
    let r = unsafe { libc::lseek(fd, pos, how) };
    if r < 0 {
        return Err(errno_error(nix::errno::Errno::last(), None));
    }
    Ok(Value::Int(r))
}

fn isatty(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let fd = one_fd(vm, "isatty", args, kwargs)?;
    Ok(Value::Bool(nix::unistd::isatty(fd_of(fd)).unwrap_or(false)))
}

fn fd_flags(fd: i32) -> PyResult<FdFlag> {
    Ok(FdFlag::from_bits_retain(check(fcntl(
        fd_of(fd),
        FcntlArg::F_GETFD,
    ))?))
}

fn get_inheritable(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let fd = one_fd(vm, "get_inheritable", args, kwargs)?;
    Ok(Value::Bool(!fd_flags(fd)?.contains(FdFlag::FD_CLOEXEC)))
}

fn set_inheritable(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("set_inheritable", kwargs)?;
    arity("set_inheritable", args, 2, 2)?;
    let fd = c_int(vm, &args[0])?;
    let on = vm.truthy(&args[1])?;
    let mut flags = fd_flags(fd)?;
    flags.set(FdFlag::FD_CLOEXEC, !on);
    check(fcntl(fd_of(fd), FcntlArg::F_SETFD(flags)))?;
    Ok(Value::None)
}

fn status_flags(fd: i32) -> PyResult<OFlag> {
    Ok(OFlag::from_bits_retain(check(fcntl(
        fd_of(fd),
        FcntlArg::F_GETFL,
    ))?))
}

fn get_blocking(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let fd = one_fd(vm, "get_blocking", args, kwargs)?;
    Ok(Value::Bool(!status_flags(fd)?.contains(OFlag::O_NONBLOCK)))
}

fn set_blocking(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("set_blocking", kwargs)?;
    arity("set_blocking", args, 2, 2)?;
    let fd = c_int(vm, &args[0])?;
    let blocking = vm.truthy(&args[1])?;
    let mut flags = status_flags(fd)?;
    flags.set(OFlag::O_NONBLOCK, !blocking);
    check(fcntl(fd_of(fd), FcntlArg::F_SETFL(flags)))?;
    Ok(Value::None)
}

/// `os.device_encoding(fd)`: 'UTF-8' for a terminal, else None.
fn device_encoding(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let fd = one_fd(vm, "device_encoding", args, kwargs)?;
    Ok(match nix::unistd::isatty(fd_of(fd)).unwrap_or(false) {
        true => Value::str("UTF-8"),
        false => Value::None,
    })
}

/// `os.fdopen(fd, mode='r', buffering=-1, ...)`: `open()` on a descriptor.
fn fdopen(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let has_fd = !args.is_empty() || kwargs.iter().any(|(k, _)| k.as_str() == "fd");
    if !has_fd {
        return Err(type_error(
            "fdopen() missing 1 required positional argument: 'fd'",
        ));
    }
    let mut kw: Vec<(Str, Value)> = Vec::new();
    let mut args = args.to_vec();
    for (k, v) in kwargs {
        if k.as_str() == "fd" {
            args.insert(0, v.clone());
        } else {
            kw.push((k.clone(), v.clone()));
        }
    }
    if !matches!(args[0], Value::Int(_) | Value::Bool(_)) {
        return Err(type_error(format!(
            "invalid fd type ({}), expected integer",
            vm.type_name(&args[0])
        )));
    }
    let open = crate::value::intern("open");
    let f = vm
        .builtins
        .borrow()
        .get_str(&open)
        .cloned()
        .ok_or_else(|| type_error("open() is missing"))?;
    vm.call(&f, args, kw)
}
