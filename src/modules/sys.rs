//! The `sys` module and the standard streams.

use crate::error::{PyResult, type_error};
use crate::value::{Value, intern};
use crate::vm::Vm;

pub fn create(vm: &mut Vm) -> Value {
    let m = vm.new_module("sys");
    if let Value::Module(module) = &m {
        let mut d = module.dict.borrow_mut();
        let argv: Vec<Value> = vm.argv.iter().map(|a| Value::str(a)).collect();
        d.set_str(intern("argv"), Value::list(argv));
        let path: Vec<Value> = vm.path.iter().map(|a| Value::str(a)).collect();
        d.set_str(intern("path"), Value::list(path));
        d.set_str(intern("modules"), Value::Dict(vm.modules.clone()));
        d.set_str(intern("platform"), Value::str("linux"));
        d.set_str(intern("maxsize"), Value::Int(i64::MAX));
    }
    m
}

/// Writes text to a `file=` target: None means sys.stdout.
pub fn write_to(vm: &mut Vm, file: &Value, text: &str, flush: bool) -> PyResult<()> {
    match file {
        Value::None => {
            vm.stdout.write_str(text);
            if flush {
                vm.stdout.flush();
            }
            Ok(())
        }
        other => {
            let write = intern("write");
            let m = vm.get_attr(other, &write).map_err(|_| {
                type_error(format!(
                    "'{}' object has no attribute 'write'",
                    vm.type_name(other)
                ))
            })?;
            vm.call(&m, vec![Value::str(text)], vec![])?;
            if flush {
                let f = vm.get_attr(other, &intern("flush"))?;
                vm.call(&f, vec![], vec![])?;
            }
            Ok(())
        }
    }
}
