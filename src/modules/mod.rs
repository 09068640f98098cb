//! Native modules written in Rust, created on first import.

pub mod atexit;
pub mod errno;
pub mod io;
pub mod math;
pub mod posix;
pub mod random;
pub mod random_core;
pub mod signal;
pub mod subprocess;
pub mod sys;
pub mod time;
pub mod trace;
pub mod traceback;

use crate::error::PyResult;
use crate::value::{Str, Value, intern};
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
        "builtins" => Some(builtins_module(vm)),
        "_subprocess" => Some(subprocess::create(vm)),
        "traceback" => Some(traceback::create(vm)),
        "_multiprocessing" => Some(crate::multiprocessing::create(vm)),
        "errno" => Some(errno::create(vm)?),
        "io" => Some(io::create(vm)),
        "signal" => Some(signal::create(vm)),
        "_trace" => Some(trace::create(vm)),
        _ => None,
    })
}

/// `builtins`: a module whose namespace is the builtins dict itself, so
/// assigning `builtins.x` defines a builtin, as in CPython.
fn builtins_module(vm: &mut Vm) -> Value {
    let dict = vm.builtins.clone();
    dict.borrow_mut()
        .set_str(intern("__name__"), Value::str("builtins"));
    Value::Module(std::rc::Rc::new(crate::object::Module {
        name: intern("builtins"),
        dict,
    }))
}

/// Attributes of objects owned by native modules.
pub fn native_object_attr(_vm: &mut Vm, obj: &Value, name: &Str) -> PyResult<Option<Value>> {
    if let Value::Object(o) = obj
        && let Some(f) = o.as_any().downcast_ref::<crate::builtins::open::File>()
    {
        return Ok(crate::builtins::open::file_attr(f, name.as_str()));
    }
    if let Some(v) = crate::multiprocessing::connection::attr(obj, name.as_str()) {
        return Ok(Some(v));
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
    let mut args = vec![Value::Int(errno as i64), Value::string(strerror(errno))];
    if let Some(f) = filename {
        args.push(f);
    }
    crate::error::PyErr::with_args(crate::error::ExcKind::OSError, args)
}

/// `OSError(errno, strerror, src, None, dst)`: a call on two paths,
/// shown as `'src' -> 'dst'`.
pub fn os_error2(errno: i32, src: Value, dst: Value) -> crate::error::PyErr {
    let args = vec![
        Value::Int(errno as i64),
        Value::string(strerror(errno)),
        src,
        Value::None,
        dst,
    ];
    crate::error::PyErr::with_args(crate::error::ExcKind::OSError, args)
}

/// The C library's text for an errno, which CPython shows (nix's own
/// texts differ: "Bad file number").
fn strerror(errno: i32) -> String {
    // SAFETY: strerror returns a NUL-terminated string that stays valid
    // until the next call on this thread; it is copied at once.
    let text = unsafe { std::ffi::CStr::from_ptr(nix::libc::strerror(errno)) };
    text.to_string_lossy().into_owned()
}
