//! `_trace`: the hook pyproc's own library code uses to name what a
//! process is for in `--trace` output (`_trace.role('pool worker')`).
//! Without `--trace` every call does nothing.

use crate::builtins::args::no_kwargs;
use crate::error::{PyResult, type_error};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;

pub fn create(vm: &mut Vm) -> Value {
    let m = vm.new_module("_trace");
    let funcs: [(&'static str, crate::object::NativeFn); 2] =
        [("role", role), ("enabled", enabled)];
    if let Value::Module(module) = &m {
        for (name, f) in funcs {
            let v = vm.native(name, format!("_trace.{name}"), f);
            module.dict.borrow_mut().set_str(intern(name), v);
        }
    }
    m
}

/// `role(name[, pid])`: records that this process (or its child `pid`,
/// named by the parent right after the fork, so that even a child killed
/// at once has its role) serves as `name`.
fn role(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("role", kwargs)?;
    let pid = match args.get(1) {
        None => nix::unistd::getpid().as_raw(),
        Some(Value::Int(p)) => *p as i32,
        Some(_) => return Err(type_error("role() pid must be an int")),
    };
    match args {
        [Value::Str(name)] | [Value::Str(name), _] => {
            crate::trace::role(pid, name.as_str());
            Ok(Value::None)
        }
        [_] | [_, _] => Err(type_error("role() argument 1 must be str")),
        _ => Err(type_error(format!(
            "role() takes 1 or 2 arguments ({} given)",
            args.len()
        ))),
    }
}

/// `enabled()`: whether this process is being traced.
fn enabled(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("enabled", kwargs)?;
    if !args.is_empty() {
        return Err(type_error(format!(
            "enabled() takes no arguments ({} given)",
            args.len()
        )));
    }
    Ok(Value::Bool(crate::trace::enabled()))
}
