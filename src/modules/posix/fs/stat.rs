//! `stat`, `lstat`, `fstat` and their result, `os.stat_result`.
//!
//! CPython's stat_result has three unnamed tuple items (the integer
//! times) before its named fields, so the tuple's items 7-9 are ints
//! while `st_atime` and friends are floats, and the repr labels the
//! integer items with the float fields' names. The struct sequence type
//! knows no unnamed fields, so the class is adjusted here on first use.

use super::clinic::Sig;
use super::path::{Accept, PathArg, Target, convert, dir_fd, sys};
use crate::error::PyResult;
use crate::modules::posix::c_int;
use crate::types::structseq::StructSeq;
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use nix::libc;
use std::rc::Rc;

const FIELDS: [&str; 16] = [
    "st_mode",
    "st_ino",
    "st_dev",
    "st_nlink",
    "st_uid",
    "st_gid",
    "st_size",
    "st_atime",
    "st_mtime",
    "st_ctime",
    "st_atime_ns",
    "st_mtime_ns",
    "st_ctime_ns",
    "st_blksize",
    "st_blocks",
    "st_rdev",
];

static STAT_RESULT: StructSeq = StructSeq {
    module: "os",
    name: "stat_result",
    fields: &FIELDS,
    n_sequence: 10,
};

/// The `os.stat_result` class, with CPython's field counts and repr.
pub fn class(vm: &mut Vm) -> Rc<crate::object::Class> {
    let cls = STAT_RESULT.class(vm);
    let unnamed = intern("n_unnamed_fields");
    if matches!(cls.dict.borrow().get_str(&unnamed), Some(Value::Int(0))) {
        let mut d = cls.dict.borrow_mut();
        d.set_str(unnamed, Value::Int(3));
        d.set_str(intern("n_fields"), Value::Int(19));
        drop(d);
        vm.add_method(&cls, "__repr__", repr);
    }
    cls
}

/// `_stat_result()`: the class, for `os.stat_result`.
pub fn stat_result_class(vm: &mut Vm, _a: &[Value], _k: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::Class(class(vm)))
}

fn int(i: i128) -> Value {
    match i64::try_from(i) {
        Ok(i) => Value::Int(i),
        Err(_) => Value::from_bigint(i.into()),
    }
}

/// A stat_result from the C structure.
fn make(vm: &mut Vm, st: &libc::stat) -> Value {
    class(vm);
    let times = [
        (st.st_atime, st.st_atime_nsec),
        (st.st_mtime, st.st_mtime_nsec),
        (st.st_ctime, st.st_ctime_nsec),
    ];
    let mut values = vec![
        int(st.st_mode as i128),
        int(st.st_ino as i128),
        int(st.st_dev as i128),
        int(st.st_nlink as i128),
        int(st.st_uid as i128),
        int(st.st_gid as i128),
        int(st.st_size as i128),
    ];
    values.extend(times.iter().map(|(s, _)| int(*s as i128)));
    values.extend(
        times
            .iter()
            .map(|(s, ns)| int(*s as i128 * 1_000_000_000 + *ns as i128)),
    );
    values.push(int(st.st_blksize as i128));
    values.push(int(st.st_blocks as i128));
    values.push(int(st.st_rdev as i128));
    let v = STAT_RESULT.make(vm, values);
    if let Value::Instance(inst) = &v {
        let mut d = inst.dict.borrow_mut();
        for (name, (s, ns)) in ["st_atime", "st_mtime", "st_ctime"].iter().zip(times) {
            d.set_str(intern(name), Value::Float(s as f64 + ns as f64 * 1e-9));
        }
    }
    v
}

/// The repr shows the ten tuple items, the integer times under the
/// names of the float fields, as CPython does.
fn repr(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let items = vm.collect(&this)?;
    let mut out = String::from("os.stat_result(");
    for (i, (f, v)) in FIELDS.iter().zip(items.iter()).enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(f);
        out.push('=');
        out.push_str(&vm.repr(v)?);
    }
    out.push(')');
    Ok(Value::string(out))
}

fn zeroed() -> libc::stat {
    // SAFETY: `stat` is plain old data; all-zero is a valid value.
    unsafe { std::mem::zeroed() }
}

/// stat of a descriptor. CPython treats fd -1 as "no descriptor" and so
/// fails with EFAULT, reproduced here.
fn stat_fd(fd: i32) -> Result<libc::stat, nix::errno::Errno> {
    if fd == -1 {
        return Err(nix::errno::Errno::EFAULT);
    }
    let mut st = zeroed();
    // SAFETY: `st` is a valid out-pointer for the duration of the call.
    sys(unsafe { libc::fstat(fd, &mut st) })?;
    Ok(st)
}

fn stat_at(dirfd: i32, p: &PathArg, follow: bool) -> Result<libc::stat, nix::errno::Errno> {
    let Target::Name(name) = &p.target else {
        let Target::Fd(fd) = p.target else {
            unreachable!()
        };
        return stat_fd(fd);
    };
    let flags = if follow { 0 } else { libc::AT_SYMLINK_NOFOLLOW };
    let mut st = zeroed();
    // SAFETY: `name` is NUL-terminated and `st` a valid out-pointer.
    sys(unsafe { libc::fstatat(dirfd, name.as_ptr(), &mut st, flags) })?;
    Ok(st)
}

/// `os.stat(path, *, dir_fd=None, follow_symlinks=True)`.
pub fn stat(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let sig = Sig {
        name: "stat",
        params: &["path", "dir_fd", "follow_symlinks"],
        max_pos: 1,
        min_pos: 1,
    };
    let a = sig.bind(args, kwargs)?;
    let p = convert(
        vm,
        a[0].as_ref().expect("required"),
        "stat",
        "path",
        Accept::NameOrFd,
    )?;
    let dirfd = dir_fd(vm, a[1].as_ref())?;
    let follow = match &a[2] {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let st = stat_at(dirfd, &p, follow).map_err(|e| p.error(e))?;
    Ok(make(vm, &st))
}

/// `os.lstat(path, *, dir_fd=None)`.
pub fn lstat(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let sig = Sig {
        name: "lstat",
        params: &["path", "dir_fd"],
        max_pos: 1,
        min_pos: 1,
    };
    let a = sig.bind(args, kwargs)?;
    let p = convert(
        vm,
        a[0].as_ref().expect("required"),
        "lstat",
        "path",
        Accept::Name,
    )?;
    let dirfd = dir_fd(vm, a[1].as_ref())?;
    let st = stat_at(dirfd, &p, false).map_err(|e| p.error(e))?;
    Ok(make(vm, &st))
}

/// `os.fstat(fd)`.
pub fn fstat(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let sig = Sig {
        name: "fstat",
        params: &["fd"],
        max_pos: 1,
        min_pos: 1,
    };
    let a = sig.bind(args, kwargs)?;
    let fd = c_int(vm, a[0].as_ref().expect("required"))?;
    let mut st = zeroed();
    // SAFETY: `st` is a valid out-pointer for the duration of the call.
    sys(unsafe { libc::fstat(fd, &mut st) })
        .map_err(|e| crate::modules::os_error(e as i32, None))?;
    Ok(make(vm, &st))
}
