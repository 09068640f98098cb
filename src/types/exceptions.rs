//! BaseException and its methods: args, str(), repr, chaining attributes,
//! and OSError's errno fields with the subclass the errno selects.

use crate::error::{ExcKind, PyResult, type_error};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use crate::vm::exceptions::exc_data;

pub fn register(vm: &mut Vm) {
    let base = vm.exc_class(ExcKind::BaseException);
    vm.add_method(&base, "__init__", base_init);
    vm.add_method(&base, "__str__", base_str);
    vm.add_method(&base, "__repr__", base_repr);
    vm.add_method(&base, "with_traceback", with_traceback);
    let os = vm.exc_class(ExcKind::OSError);
    vm.add_method(&os, "__init__", oserror_init);
    vm.add_method(&os, "__str__", oserror_str);
    let key = vm.exc_class(ExcKind::KeyError);
    vm.add_method(&key, "__str__", keyerror_str);
}

fn base_init(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    if let Some(this) = args.first()
        && let Some(data) = exc_data(this)
    {
        data.borrow_mut().args = Value::tuple(args[1..].to_vec());
    }
    let _ = vm;
    Ok(Value::None)
}

fn args_of(v: &Value) -> Vec<Value> {
    match exc_data(v) {
        Some(d) => match &d.borrow().args {
            Value::Tuple(t) => t.to_vec(),
            _ => vec![],
        },
        None => vec![],
    }
}

/// `str(exc)`: the single argument, or the args tuple's repr.
pub fn exception_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let cls = vm.type_of(v);
    if let Some(m) = cls.lookup(&vm.names.str_.clone()) {
        let r = vm.call(&m, vec![v.clone()], vec![])?;
        return vm.to_str(&r);
    }
    plain_str(vm, v)
}

fn plain_str(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let args = args_of(v);
    match args.len() {
        0 => Ok(String::new()),
        1 => vm.to_str(&args[0]),
        _ => vm.repr(&Value::tuple(args)),
    }
}

fn base_str(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    Ok(Value::string(plain_str(vm, &this)?))
}

fn base_repr(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let name = vm.type_of(&this).name();
    let a = args_of(&this);
    let inner = if a.len() == 1 {
        vm.repr(&a[0])?
    } else {
        let r = vm.repr(&Value::tuple(a.clone()))?;
        if a.is_empty() {
            String::new()
        } else {
            r[1..r.len() - 1].to_string()
        }
    };
    Ok(Value::string(format!("{name}({inner})")))
}

fn with_traceback(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

fn keyerror_str(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let a = args_of(&this);
    if a.len() == 1 {
        return Ok(Value::string(vm.repr(&a[0])?));
    }
    Ok(Value::string(plain_str(vm, &this)?))
}

/// The subclass CPython picks for `OSError(errno, ...)`.
fn errno_subclass(errno: i64) -> Option<ExcKind> {
    use nix::errno::Errno;
    let e = Errno::from_raw(errno as i32);
    Some(match e {
        Errno::ENOENT => ExcKind::FileNotFoundError,
        Errno::EEXIST => ExcKind::FileExistsError,
        Errno::ESRCH => ExcKind::ProcessLookupError,
        Errno::ECHILD => ExcKind::ChildProcessError,
        Errno::EPERM | Errno::EACCES => ExcKind::PermissionError,
        Errno::EINTR => ExcKind::InterruptedError,
        Errno::EISDIR => ExcKind::IsADirectoryError,
        Errno::ENOTDIR => ExcKind::NotADirectoryError,
        Errno::EPIPE | Errno::ESHUTDOWN => ExcKind::BrokenPipeError,
        Errno::ECONNABORTED => ExcKind::ConnectionAbortedError,
        Errno::ECONNREFUSED => ExcKind::ConnectionRefusedError,
        Errno::ECONNRESET => ExcKind::ConnectionResetError,
        Errno::ETIMEDOUT => ExcKind::TimeoutError,
        Errno::EAGAIN | Errno::EALREADY | Errno::EINPROGRESS => ExcKind::BlockingIOError,
        _ => return None,
    })
}

fn oserror_init(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let Some(this) = args.first() else {
        return Ok(Value::None);
    };
    if let Some(data) = exc_data(this) {
        data.borrow_mut().args = Value::tuple(args[1..].to_vec());
    }
    init_oserror_fields(vm, this);
    Ok(Value::None)
}

/// Sets errno/strerror/filename from args and, for a plain OSError, moves
/// the instance to the subclass its errno selects.
pub fn init_oserror_fields(vm: &mut Vm, v: &Value) {
    let a = args_of(v);
    let Value::Instance(inst) = v else {
        return;
    };
    let mut d = inst.dict.borrow_mut();
    let (errno, strerror, filename) = if (2..=5).contains(&a.len()) {
        (
            a[0].clone(),
            a[1].clone(),
            a.get(2).cloned().unwrap_or(Value::None),
        )
    } else {
        (Value::None, Value::None, Value::None)
    };
    d.set_str(intern("errno"), errno.clone());
    d.set_str(intern("strerror"), strerror);
    d.set_str(intern("filename"), filename);
    d.set_str(
        intern("filename2"),
        a.get(4).cloned().unwrap_or(Value::None),
    );
    drop(d);
    // CPython keeps only (errno, strerror) in args once a filename is
    // given (3 to 5 arguments).
    if (3..=5).contains(&a.len())
        && let Some(data) = crate::vm::exceptions::exc_data(v)
    {
        data.borrow_mut().args = Value::tuple(a[..2].to_vec());
    }
    let os = vm.exc_class(ExcKind::OSError);
    if std::rc::Rc::ptr_eq(&inst.class.borrow(), &os)
        && let Value::Int(n) = errno
        && let Some(kind) = errno_subclass(n)
    {
        *inst.class.borrow_mut() = vm.exc_class(kind);
    }
}

fn oserror_str(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let Value::Instance(inst) = &this else {
        return Ok(Value::str(""));
    };
    let get = |n: &str| {
        inst.dict
            .borrow()
            .get_str(&intern(n))
            .cloned()
            .unwrap_or(Value::None)
    };
    let (errno, strerror, filename, filename2) = (
        get("errno"),
        get("strerror"),
        get("filename"),
        get("filename2"),
    );
    if !errno.is_none() || !strerror.is_none() {
        let e = vm.to_str(&errno)?;
        let s = vm.to_str(&strerror)?;
        if !filename.is_none() {
            let f = vm.repr(&filename)?;
            if !filename2.is_none() {
                let f2 = vm.repr(&filename2)?;
                return Ok(Value::string(format!("[Errno {e}] {s}: {f} -> {f2}")));
            }
            return Ok(Value::string(format!("[Errno {e}] {s}: {f}")));
        }
        return Ok(Value::string(format!("[Errno {e}] {s}")));
    }
    Ok(Value::string(plain_str(vm, &this)?))
}

/// Attributes every exception has beyond its instance dict.
pub fn exception_attr(vm: &mut Vm, v: &Value, name: &Str) -> PyResult<Option<Value>> {
    let Some(data) = exc_data(v) else {
        return Ok(None);
    };
    let d = data.borrow();
    Ok(match name.as_str() {
        "args" => Some(d.args.clone()),
        "__cause__" => Some(d.cause.clone()),
        "__context__" => Some(d.context.clone()),
        "__suppress_context__" => Some(Value::Bool(d.suppress_context)),
        "__traceback__" => Some(if d.traceback.is_empty() {
            Value::None
        } else {
            Value::Bool(true)
        }),
        "value" if vm.is_kind(v, ExcKind::StopIteration) => Some(match &d.args {
            Value::Tuple(t) if !t.is_empty() => t[0].clone(),
            _ => Value::None,
        }),
        "code" if vm.is_kind(v, ExcKind::SystemExit) => Some(match &d.args {
            Value::Tuple(t) if t.len() == 1 => t[0].clone(),
            Value::Tuple(t) if t.is_empty() => Value::None,
            other => other.clone(),
        }),
        _ => None,
    })
}

/// Assignment to the chaining attributes; false for ordinary attributes.
pub fn set_exception_attr(_vm: &mut Vm, v: &Value, name: &Str, value: &Value) -> PyResult<bool> {
    let Some(data) = exc_data(v) else {
        return Ok(false);
    };
    let mut d = data.borrow_mut();
    match name.as_str() {
        "args" => {
            d.args = match value {
                Value::Tuple(_) => value.clone(),
                Value::List(l) => Value::tuple(l.borrow().clone()),
                _ => return Err(type_error("args must be a tuple")),
            }
        }
        "__cause__" => {
            d.cause = value.clone();
            d.suppress_context = true;
        }
        "__context__" => d.context = value.clone(),
        "__suppress_context__" => d.suppress_context = matches!(value, Value::Bool(true)),
        "__traceback__" => {}
        _ => return Ok(false),
    }
    Ok(true)
}
