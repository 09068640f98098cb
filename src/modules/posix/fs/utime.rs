//! `os.utime(path, times=None, *, ns, dir_fd=None, follow_symlinks=True)`.

use super::clinic::Sig;
use super::path::{Accept, Target, convert, dir_fd, sys};
use crate::error::{PyResult, type_error, value_error};
use crate::value::{Str, Value};
use crate::vm::Vm;
use nix::libc;

const NANOS: i64 = 1_000_000_000;

pub fn utime(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let sig = Sig {
        name: "utime",
        params: &["path", "times", "ns", "dir_fd", "follow_symlinks"],
        max_pos: 2,
        min_pos: 1,
    };
    let a = sig.bind(args, kwargs)?;
    let p = convert(
        vm,
        a[0].as_ref().expect("required"),
        "utime",
        "path",
        Accept::NameOrFd,
    )?;
    let times = match (&a[1], &a[2]) {
        (Some(t), Some(_)) if !t.is_none() => {
            return Err(value_error(
                "utime: you may specify either 'times' or 'ns' but not both",
            ));
        }
        (_, Some(ns)) => Some(from_ns(vm, ns)?),
        (Some(t), None) if !t.is_none() => Some(from_seconds(vm, t)?),
        _ => None,
    };
    let dirfd = dir_fd(vm, a[3].as_ref())?;
    let follow = match &a[4] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    let ptr = times.as_ref().map_or(std::ptr::null(), |t| t.as_ptr());
    // SAFETY: the path is NUL-terminated; `ptr` is null or two timespecs.
    let r = match &p.target {
        Target::Name(c) => unsafe { libc::utimensat(dirfd, c.as_ptr(), ptr, flags) },
        Target::Fd(fd) => unsafe { libc::futimens(*fd, ptr) },
    };
    // CPython names no file in utime's errors.
    sys(r).map_err(|e| crate::modules::os_error(e as i32, None))?;
    Ok(Value::None)
}

fn pair(v: &Value) -> Option<(Value, Value)> {
    match v {
        Value::Tuple(t) if t.len() == 2 => Some((t[0].clone(), t[1].clone())),
        _ => None,
    }
}

fn timespec(sec: i64, nsec: i64) -> libc::timespec {
    libc::timespec {
        tv_sec: sec as libc::time_t,
        tv_nsec: nsec as libc::c_long,
    }
}

/// `ns=(atime_ns, mtime_ns)`.
fn from_ns(vm: &mut Vm, v: &Value) -> PyResult<[libc::timespec; 2]> {
    let (a, m) = pair(v).ok_or_else(|| type_error("utime: 'ns' must be a tuple of two ints"))?;
    let mut out = [timespec(0, 0); 2];
    for (slot, x) in out.iter_mut().zip([a, m]) {
        let n = vm.index_value(&x)?;
        *slot = timespec(n.div_euclid(NANOS), n.rem_euclid(NANOS));
    }
    Ok(out)
}

/// `times=(atime, mtime)` in seconds, ints or floats rounded down.
fn from_seconds(vm: &mut Vm, v: &Value) -> PyResult<[libc::timespec; 2]> {
    let (a, m) = pair(v)
        .ok_or_else(|| type_error("utime: 'times' must be either a tuple of two ints or None"))?;
    let mut out = [timespec(0, 0); 2];
    for (slot, x) in out.iter_mut().zip([a, m]) {
        *slot = match x {
            Value::Float(f) => float_timespec(f)?,
            other => timespec(vm.index_value(&other)?, 0),
        };
    }
    Ok(out)
}

fn float_timespec(f: f64) -> PyResult<libc::timespec> {
    if f.is_nan() {
        return Err(value_error("Invalid value NaN (not a number)"));
    }
    let mut sec = f.trunc();
    let mut frac = ((f - sec) * 1e9).floor();
    if frac >= 1e9 {
        frac -= 1e9;
        sec += 1.0;
    } else if frac < 0.0 {
        frac += 1e9;
        sec -= 1.0;
    }
    Ok(timespec(sec as i64, frac as i64))
}
