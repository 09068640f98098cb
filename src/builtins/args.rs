//! Argument checking shared by the native builtins, with CPython's
//! messages.

use crate::error::{ErrRepr, ExcKind, PyErr, PyResult, type_error};
use crate::value::{Str, Value};
use crate::vm::Vm;

/// Fails unless `min <= args.len() <= max`, in CPython's wording for
/// functions parsed with `PyArg_UnpackTuple`.
pub fn arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len();
    if n < min {
        let plural = if min == 1 { "" } else { "s" };
        let what = if min == max { "" } else { "at least " };
        return Err(type_error(format!(
            "{name} expected {what}{min} argument{plural}, got {n}"
        )));
    }
    if n > max {
        let plural = if max == 1 { "" } else { "s" };
        let what = if min == max { "" } else { "at most " };
        return Err(type_error(format!(
            "{name} expected {what}{max} argument{plural}, got {n}"
        )));
    }
    Ok(())
}

/// For `METH_O` functions: "len() takes exactly one argument (2 given)".
pub fn exactly_one(name: &str, args: &[Value]) -> PyResult<()> {
    if args.len() != 1 {
        return Err(type_error(format!(
            "{name}() takes exactly one argument ({} given)",
            args.len()
        )));
    }
    Ok(())
}

/// Rejects keyword arguments: "len() takes no keyword arguments".
pub fn no_kwargs(name: &str, kwargs: &[(Str, Value)]) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{name}() takes no keyword arguments")))
    }
}

/// Accepts only the listed keywords and returns them by position.
pub fn kwargs_named<const N: usize>(
    fname: &str,
    kwargs: &[(Str, Value)],
    names: [&str; N],
) -> PyResult<[Option<Value>; N]> {
    let mut out: [Option<Value>; N] = std::array::from_fn(|_| None);
    for (k, v) in kwargs {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(type_error(format!(
                    "{fname}() got an unexpected keyword argument '{}'",
                    k.as_str()
                )));
            }
        }
    }
    Ok(out)
}

/// Positional argument `i`, else the keyword of the same name.
pub fn arg_or_kw(args: &[Value], i: usize, kw: &mut Option<Value>) -> Option<Value> {
    args.get(i).cloned().or_else(|| kw.take())
}

/// Whether an error is (a subclass of) a built-in exception kind.
pub fn err_is(vm: &Vm, e: &PyErr, kind: ExcKind) -> bool {
    match &*e.repr {
        ErrRepr::Lazy { kind: k, .. } => vm.exc_class(*k).is_subclass(&vm.exc_class(kind)),
        ErrRepr::Object(v) => vm.is_kind(v, kind),
    }
}
