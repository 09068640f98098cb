//! Native modules written in Rust, created on first import.

pub mod atexit;
pub mod math;
pub mod posix;
pub mod random;
pub mod random_core;
pub mod signal;
pub mod sys;
pub mod time;

use crate::error::PyResult;
use crate::value::{Str, Value};
use crate::vm::Vm;

/// Creates the native module `name`, or None if there is no such module.
pub fn native_module(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    Ok(match name {
        "sys" => Some(sys::create(vm)),
        "atexit" => Some(atexit::create(vm)),
        "_random" => Some(random::create(vm)),
        "math" => Some(math::create(vm)),
        "time" => Some(time::create(vm)),
        "posix" => Some(posix::create(vm)),
        "signal" => Some(signal::create(vm)),
        _ => None,
    })
}

/// Attributes of objects owned by native modules.
pub fn native_object_attr(_vm: &mut Vm, obj: &Value, name: &Str) -> PyResult<Option<Value>> {
    if let Value::Object(o) = obj {
        if let Some(f) = o.as_any().downcast_ref::<crate::builtins::open::File>() {
            return Ok(crate::builtins::open::file_attr(f, name.as_str()));
        }
        if let Some(s) = o.as_any().downcast_ref::<sys::StdStream>() {
            return Ok(match name.as_str() {
                "name" => Some(Value::str(s.name)),
                "closed" => Some(Value::Bool(false)),
                "encoding" => Some(Value::str("utf-8")),
                "mode" => Some(Value::str(if s.fd == 0 { "r" } else { "w" })),
                _ => None,
            });
        }
    }
    Ok(None)
}

/// Module clean-up at interpreter exit (children of multiprocessing, ...).
pub fn at_exit(_vm: &mut Vm) {}

/// An OSError of the subclass the errno selects, from a Rust I/O error.
pub fn os_error_from_io(e: &std::io::Error) -> crate::error::PyErr {
    let errno = e.raw_os_error().unwrap_or(0);
    os_error(errno, None)
}

/// `OSError(errno, strerror[, filename])`, CPython's message text.
pub fn os_error(errno: i32, filename: Option<Value>) -> crate::error::PyErr {
    let msg = nix::errno::Errno::from_raw(errno).desc().to_string();
    let mut args = vec![Value::Int(errno as i64), Value::string(msg)];
    if let Some(f) = filename {
        args.push(f);
    }
    crate::error::PyErr::with_args(crate::error::ExcKind::OSError, args)
}
