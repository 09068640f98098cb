//! `bool`: the constructor (truthiness of its argument).

use crate::builtins::args::no_kwargs;
use crate::error::{PyResult, type_error};
use crate::value::{Str, Value};
use crate::vm::Vm;

pub fn register(vm: &mut Vm) {
    let c = vm.types.bool_.clone();
    vm.add_method(&c, "__new__", bool_new);
}

fn bool_new(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("bool", kwargs)?;
    match args {
        [] => Ok(Value::Bool(false)),
        [x] => Ok(Value::Bool(vm.truthy(x)?)),
        _ => Err(type_error(format!(
            "bool expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}
