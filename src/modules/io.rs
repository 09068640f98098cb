//! The `io` module: `open`, the file classes, `UnsupportedOperation`,
//! `DEFAULT_BUFFER_SIZE` and the `SEEK_*` constants.

use crate::value::{Value, intern};
use crate::vm::Vm;

pub fn create(vm: &mut Vm) -> Value {
    let m = vm.new_module("io");
    let Value::Module(module) = &m else {
        return m;
    };
    let unsupported = Value::Class(crate::io::object::unsupported_class(vm));
    let open = vm.builtins.borrow().get_str(&intern("open")).cloned();
    let mut d = module.dict.borrow_mut();
    if let Some(open) = open {
        d.set_str(intern("open"), open);
    }
    d.set_str(intern("UnsupportedOperation"), unsupported);
    for name in crate::io::object::CLASS_NAMES {
        d.set_str(intern(name), Value::Class(vm.native_class(name)));
    }
    let ints = [
        ("DEFAULT_BUFFER_SIZE", crate::io::DEFAULT_BUFFER_SIZE as i64),
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
    ];
    for (name, v) in ints {
        d.set_str(intern(name), Value::Int(v));
    }
    drop(d);
    m
}
