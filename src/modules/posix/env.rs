//! The process environment: `environ` (a snapshot dict that `os.pp`
//! wraps in a write-through mapping), `putenv`, `unsetenv`.
//!
//! `posix.environ` maps str to str here (CPython's maps bytes to bytes
//! and `os` decodes it); `os.environ` looks the same either way.

use super::add_functions;
use crate::builtins::args::{arity, exactly_one, no_kwargs};
use crate::error::{PyResult, type_error, value_error};
use crate::object::Dict;
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use nix::libc;
use std::ffi::CString;
use std::os::unix::ffi::OsStrExt;

pub fn register(vm: &mut Vm, d: &mut Dict) {
    add_functions(vm, d, &[("putenv", putenv), ("unsetenv", unsetenv)]);
    d.set_str(intern("environ"), Value::dict(snapshot()));
}

/// The environment as it is now.
fn snapshot() -> Dict {
    let mut d = Dict::new();
    for (k, v) in std::env::vars_os() {
        let text = |s: &std::ffi::OsStr| String::from_utf8_lossy(s.as_bytes()).into_owned();
        d.set_str(intern(&text(&k)), Value::string(text(&v)));
    }
    d
}

/// A name or value as the file system encoder takes it: str, bytes or
/// `__fspath__`, without NUL bytes.
fn env_bytes(vm: &mut Vm, v: &Value) -> PyResult<CString> {
    let Some(p) = super::fs::fspath(vm, v)? else {
        return Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            vm.type_name(v)
        )));
    };
    let raw = match &p {
        Value::Str(s) => s.as_str().as_bytes().to_vec(),
        Value::Bytes(b) => b.to_vec(),
        _ => unreachable!("fspath returns str or bytes"),
    };
    CString::new(raw).map_err(|_| value_error("embedded null byte"))
}

fn os_error_now() -> crate::error::PyErr {
    crate::modules::os_error(nix::errno::Errno::last() as i32, None)
}

/// `os.putenv(name, value)`.
fn putenv(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("posix.putenv", kwargs)?;
    arity("putenv", args, 2, 2)?;
    let name = env_bytes(vm, &args[0])?;
    let value = env_bytes(vm, &args[1])?;
    if name.as_bytes().contains(&b'=') {
        return Err(value_error("illegal environment variable name"));
    }
    // SAFETY: both strings are NUL-terminated; the interpreter runs on
    // one thread, so nothing reads the environment concurrently.
    if unsafe { libc::setenv(name.as_ptr(), value.as_ptr(), 1) } != 0 {
        return Err(os_error_now());
    }
    Ok(Value::None)
}

/// `os.unsetenv(name)`.
fn unsetenv(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("posix.unsetenv", kwargs)?;
    exactly_one("posix.unsetenv", args)?;
    let name = env_bytes(vm, &args[0])?;
    // SAFETY: as in putenv.
    if unsafe { libc::unsetenv(name.as_ptr()) } != 0 {
        return Err(os_error_now());
    }
    Ok(Value::None)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// putenv and unsetenv reach the real environment, which children
    /// inherit.
    #[test]
    fn writes_through() {
        let mut vm = Vm::new(vec![]);
        let key = Value::str("PYPROC_ENV_TEST");
        putenv(&mut vm, &[key.clone(), Value::str("v1")], &[]).unwrap();
        assert_eq!(std::env::var("PYPROC_ENV_TEST").as_deref(), Ok("v1"));
        unsetenv(&mut vm, &[key], &[]).unwrap();
        assert!(std::env::var("PYPROC_ENV_TEST").is_err());
    }
}
