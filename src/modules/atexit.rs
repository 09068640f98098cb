//! `atexit`: callables run last-in first-out when the interpreter exits
//! normally (not after `os._exit` or death by a signal).

use crate::error::{PyResult, type_error};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;

pub fn create(vm: &mut Vm) -> Value {
    let m = vm.new_module("atexit");
    let funcs: [(&'static str, crate::object::NativeFn); 3] = [
        ("register", register),
        ("unregister", unregister),
        ("_clear", clear),
    ];
    if let Value::Module(module) = &m {
        for (name, f) in funcs {
            let v = vm.native(name, format!("atexit.{name}"), f);
            module.dict.borrow_mut().set_str(intern(name), v);
        }
    }
    m
}

/// `atexit.register(func, *args, **kwargs)` returns func, so it also
/// works as a decorator.
fn register(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let Some(func) = args.first() else {
        return Err(type_error("register() takes at least 1 argument (0 given)"));
    };
    if !crate::builtins::is_callable(vm, func) {
        return Err(type_error("the first argument must be callable"));
    }
    vm.atexit
        .push((func.clone(), args[1..].to_vec(), kwargs.to_vec()));
    Ok(func.clone())
}

fn unregister(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let Some(func) = args.first() else {
        return Err(type_error(
            "atexit.unregister() takes exactly one argument (0 given)",
        ));
    };
    let mut kept = Vec::new();
    for entry in std::mem::take(&mut vm.atexit) {
        if !vm.eq(&entry.0, func)? {
            kept.push(entry);
        }
    }
    vm.atexit = kept;
    Ok(Value::None)
}

fn clear(vm: &mut Vm, _args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    vm.atexit.clear();
    Ok(Value::None)
}
