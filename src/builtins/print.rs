//! `print()`.

use crate::error::{PyResult, type_error};
use crate::value::{Str, Value};
use crate::vm::Vm;

pub fn register(vm: &mut Vm) {
    vm.add_builtin("print", print);
}

fn print(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file = Value::None;
    let mut flush = false;
    for (k, v) in kwargs {
        match (k.as_str(), v) {
            ("sep", Value::Str(s)) => sep = s.as_str().to_string(),
            ("sep", Value::None) => {}
            ("end", Value::Str(s)) => end = s.as_str().to_string(),
            ("end", Value::None) => {}
            ("sep" | "end", other) => {
                return Err(type_error(format!(
                    "{} must be None or a string, not {}",
                    k.as_str(),
                    vm.type_name(other)
                )));
            }
            ("file", f) => file = f.clone(),
            ("flush", f) => flush = vm.truthy(f)?,
            _ => {
                return Err(type_error(format!(
                    "'{}' is an invalid keyword argument for print()",
                    k.as_str()
                )));
            }
        }
    }
    use crate::modules::sys::{flush_target, print_target, write_piece};
    let Some(target) = print_target(vm, &file) else {
        return Ok(Value::None);
    };
    // One write per argument, separator and end, as CPython does: a file
    // object sees the same calls, and buffers fill at the same points.
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            write_piece(vm, &target, &sep)?;
        }
        let text = vm.to_str(a)?;
        write_piece(vm, &target, &text)?;
    }
    write_piece(vm, &target, &end)?;
    if flush {
        flush_target(vm, &target)?;
    }
    Ok(Value::None)
}
