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
    let mut out = String::new();
    for (i, a) in args.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.to_str(a)?);
    }
    out.push_str(&end);
    crate::modules::sys::write_to(vm, &file, &out, flush)?;
    Ok(Value::None)
}
