//! The native `posix` module: the system calls behind `os`. As in CPython,
//! `os` itself (`stdlib/os.pp`) re-exports everything here and adds what is
//! better written in pyproc (`environ`, `makedirs`, `os.path`).
//!
//! One file per group of calls: `process.rs` (fork, wait, exec, groups,
//! ids), `sched.rs` (nice, priorities, affinity, policies), `fd.rs` (file
//! descriptors), `fs.rs` (paths, directories, stat), `env.rs` (the process
//! environment).

pub mod at_fork;
pub mod env;
pub mod fd;
pub mod fs;
pub mod process;
pub mod sched;

use crate::error::{PyErr, PyResult, type_error};
use crate::object::{Dict, NativeFn};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use nix::errno::Errno;
use std::ffi::CString;

pub fn create(vm: &mut Vm) -> Value {
    let m = vm.new_module("posix");
    let Value::Module(module) = &m else {
        return m;
    };
    let mut d = module.dict.borrow_mut();
    process::register(vm, &mut d);
    sched::register(vm, &mut d);
    fd::register(vm, &mut d);
    fs::register(vm, &mut d);
    env::register(vm, &mut d);
    add_functions(
        vm,
        &mut d,
        &[
            ("strerror", strerror),
            ("register_at_fork", at_fork::register_at_fork),
        ],
    );
    drop(d);
    m
}

/// Adds native functions to a module namespace.
pub fn add_functions(vm: &Vm, d: &mut Dict, funcs: &[(&'static str, NativeFn)]) {
    for (name, f) in funcs {
        d.set_str(intern(name), vm.native(name, name.to_string(), *f));
    }
}

/// Adds integer constants to a module namespace.
pub fn add_ints(d: &mut Dict, consts: &[(&str, i64)]) {
    for (name, v) in consts {
        d.set_str(intern(name), Value::Int(*v));
    }
}

/// The OSError subclass an errno selects, CPython's message, and the
/// file name when the call had one.
pub fn errno_error(e: Errno, filename: Option<&Value>) -> PyErr {
    crate::modules::os_error(e as i32, filename.cloned())
}

/// Converts a nix result, naming no file.
pub fn check<T>(r: nix::Result<T>) -> PyResult<T> {
    r.map_err(|e| errno_error(e, None))
}

/// A C `int` argument (anything with `__index__`), with CPython's
/// overflow message.
pub fn c_int(vm: &mut Vm, v: &Value) -> PyResult<i32> {
    let too_big = || crate::error::overflow_error("Python int too large to convert to C int");
    match v {
        Value::BigInt(_) => Err(too_big()),
        _ => i32::try_from(vm.index_value(v)?).map_err(|_| too_big()),
    }
}

/// A path argument (`str`, `bytes` or an object with `__fspath__`) as a C
/// string, with CPython's messages: `fname: path should be string, bytes
/// or os.PathLike, not int`.
pub fn path_arg(vm: &mut Vm, v: &Value, fname: &str, argname: &str) -> PyResult<CString> {
    let bytes = match v {
        Value::Str(s) => s.as_str().as_bytes().to_vec(),
        Value::Bytes(b) => b.to_vec(),
        other => {
            let Some(p) = vm.call_special(other, &intern("__fspath__"), vec![])? else {
                return Err(type_error(format!(
                    "{fname}: {argname} should be string, bytes or os.PathLike, not {}",
                    vm.type_name(other)
                )));
            };
            return match p {
                Value::Str(_) | Value::Bytes(_) => path_arg(vm, &p, fname, argname),
                _ => Err(type_error(format!(
                    "expected {}.__fspath__() to return str or bytes, not {}",
                    vm.type_name(other),
                    vm.type_name(&p)
                ))),
            };
        }
    };
    let was_str = matches!(v, Value::Str(_));
    CString::new(bytes).map_err(|_| {
        crate::error::value_error(if was_str {
            "embedded null byte".to_string()
        } else {
            format!("{fname}: embedded null character in {argname}")
        })
    })
}

/// Runs a system call, and while it fails with EINTR runs the signal
/// handlers (which may raise) and retries, as PEP 475 asks of every
/// blocking call.
pub fn retry<T>(
    vm: &mut Vm,
    mut call: impl FnMut() -> nix::Result<T>,
) -> PyResult<Result<T, Errno>> {
    loop {
        match call() {
            Err(Errno::EINTR) => crate::signals::run_pending(vm)?,
            r => return Ok(r),
        }
    }
}

/// `os.strerror(code)`.
fn strerror(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    exactly("strerror", args, kwargs, 1)?;
    let code = c_int(vm, &args[0])?;
    // SAFETY: strerror returns a pointer to a NUL-terminated string that
    // stays valid until the next call on this thread; it is copied at once.
    let text = unsafe { std::ffi::CStr::from_ptr(nix::libc::strerror(code)) };
    Ok(Value::string(text.to_string_lossy().into_owned()))
}

/// The single argument of a function that takes it by position or by
/// name (`os.WEXITSTATUS(status=...)`), with Argument Clinic's messages.
pub fn one_arg(fname: &str, args: &[Value], kwargs: &[(Str, Value)], kw: &str) -> PyResult<Value> {
    let [named] = crate::builtins::args::kwargs_named(fname, kwargs, [kw])?;
    match (args, named) {
        ([v], None) => Ok(v.clone()),
        ([], Some(v)) => Ok(v),
        ([], None) => Err(type_error(format!(
            "{fname}() missing required argument '{kw}' (pos 1)"
        ))),
        ([_], Some(_)) => Err(type_error(format!(
            "argument for {fname}() given by name ('{kw}') and position (1)"
        ))),
        _ => Err(type_error(format!(
            "{fname}() takes at most 1 argument ({} given)",
            args.len() + kwargs.len()
        ))),
    }
}

/// Argument checks of a `METH_NOARGS` function, in CPython's words:
/// "posix.getpid() takes no arguments (1 given)".
pub fn no_args(name: &str, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<()> {
    if !kwargs.is_empty() {
        return Err(type_error(format!(
            "posix.{name}() takes no keyword arguments"
        )));
    }
    if !args.is_empty() {
        return Err(type_error(format!(
            "posix.{name}() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(())
}

/// Argument checks of a function taking exactly `n` positional arguments.
pub fn exactly(name: &str, args: &[Value], kwargs: &[(Str, Value)], n: usize) -> PyResult<()> {
    if !kwargs.is_empty() {
        return Err(type_error(format!(
            "posix.{name}() takes no keyword arguments"
        )));
    }
    match (n, args.len()) {
        (want, got) if want == got => Ok(()),
        (1, got) => Err(type_error(format!(
            "posix.{name}() takes exactly one argument ({got} given)"
        ))),
        (want, got) => Err(type_error(format!(
            "{name}() takes exactly {want} arguments ({got} given)"
        ))),
    }
}
