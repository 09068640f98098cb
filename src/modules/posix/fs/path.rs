//! Path arguments as CPython's `path_t` converter sees them: a name (str,
//! bytes or `__fspath__`) or, where the call allows, an open descriptor;
//! plus `dir_fd` arguments and the errors that name the path.

use crate::error::{PyErr, PyResult, type_error};
use crate::modules::posix::{c_int, path_arg};
use crate::value::{Value, intern};
use crate::vm::Vm;
use nix::errno::Errno;
use nix::libc;
use std::ffi::CString;

/// What a path argument names.
pub enum Target {
    Name(CString),
    Fd(i32),
}

/// A converted path argument.
pub struct PathArg {
    /// The argument as given, for error messages.
    pub obj: Value,
    pub target: Target,
    /// Whether results derived from it (names) are bytes.
    pub bytes: bool,
}

/// Which non-path values a parameter also accepts.
#[derive(Clone, Copy, PartialEq)]
pub enum Accept {
    Name,
    NameOrFd,
    NameFdOrNone,
}

impl PathArg {
    /// The C string of a path that is not a descriptor.
    pub fn name(&self) -> &CString {
        match &self.target {
            Target::Name(c) => c,
            Target::Fd(_) => unreachable!("descriptor where a name was required"),
        }
    }

    /// The error a failed call on this path raises.
    pub fn error(&self, e: Errno) -> PyErr {
        crate::modules::os_error(e as i32, Some(self.obj.clone()))
    }
}

/// The OSError for a call on two paths: `'a' -> 'b'`.
pub fn error2(e: Errno, src: &PathArg, dst: &PathArg) -> PyErr {
    crate::modules::os_error2(e as i32, src.obj.clone(), dst.obj.clone())
}

/// Converts a path argument of `fname` named `argname`.
pub fn convert(
    vm: &mut Vm,
    v: &Value,
    fname: &str,
    argname: &str,
    accept: Accept,
) -> PyResult<PathArg> {
    let obj = v.clone();
    match v {
        Value::None if accept == Accept::NameFdOrNone => {
            let target = Target::Name(CString::new(".").expect("no NUL"));
            return Ok(PathArg {
                obj,
                target,
                bytes: false,
            });
        }
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) if accept != Accept::Name => {
            let target = Target::Fd(c_int(vm, v)?);
            return Ok(PathArg {
                obj,
                target,
                bytes: false,
            });
        }
        _ => {}
    }
    let Some(name) = fspath(vm, v)? else {
        let allowed = match accept {
            Accept::Name => "string, bytes or os.PathLike",
            Accept::NameOrFd => "string, bytes, os.PathLike or integer",
            Accept::NameFdOrNone => "string, bytes, os.PathLike, integer or None",
        };
        return Err(type_error(format!(
            "{fname}: {argname} should be {allowed}, not {}",
            vm.type_name(v)
        )));
    };
    let bytes = matches!(name, Value::Bytes(_));
    // A str goes through the file system encoder, which has its own
    // message (bytes get path_arg's).
    if let Value::Str(s) = &name
        && s.as_str().contains('\0')
    {
        return Err(crate::error::value_error("embedded null byte"));
    }
    let target = Target::Name(path_arg(vm, &name, fname, argname)?);
    Ok(PathArg { obj, target, bytes })
}

/// `os.fspath` without its error: the str or bytes a value stands for, or
/// None when it is no path at all.
pub fn fspath(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    match v {
        Value::Str(_) | Value::Bytes(_) => Ok(Some(v.clone())),
        Value::Instance(_) => match vm.call_special(v, &intern("__fspath__"), vec![])? {
            Some(p @ (Value::Str(_) | Value::Bytes(_))) => Ok(Some(p)),
            Some(p) => Err(type_error(format!(
                "expected {}.__fspath__() to return str or bytes, not {}",
                vm.type_name(v),
                vm.type_name(&p)
            ))),
            None => Ok(None),
        },
        _ => Ok(None),
    }
}

/// A `dir_fd` argument: None (the working directory) or a descriptor.
pub fn dir_fd(vm: &mut Vm, v: Option<&Value>) -> PyResult<i32> {
    match v {
        None | Some(Value::None) => Ok(libc::AT_FDCWD),
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Instance(_))) => {
            c_int(vm, v)
        }
        Some(v) => Err(type_error(format!(
            "argument should be integer or None, not {}",
            vm.type_name(v)
        ))),
    }
}

/// A C `int` parameter converted as `_PyLong_AsInt` does (modes, masks).
pub fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let too_large = || crate::error::overflow_error("Python int too large to convert to C int");
    if let Value::BigInt(_) = v {
        return Err(too_large());
    }
    let i = vm.index_value(v)?;
    i32::try_from(i).map_err(|_| too_large())
}

/// A C result: -1 means errno says why.
pub fn sys(r: libc::c_int) -> Result<libc::c_int, Errno> {
    if r == -1 { Err(Errno::last()) } else { Ok(r) }
}
