//! `ProcessError` and its subclasses `BufferTooShort`,
//! `AuthenticationError` and `TimeoutError`: CPython defines them in
//! `multiprocessing.context`, which is the module their names show.

use crate::error::{ExcKind, PyErr};
use crate::object::{Class, Dict};
use crate::value::{Value, intern};
use crate::vm::Vm;
use std::rc::Rc;

const MODULE: &str = "multiprocessing.context";

/// The public names, each with its base (`None`: Exception).
const CLASSES: [(&str, Option<&str>); 4] = [
    ("ProcessError", None),
    ("BufferTooShort", Some("ProcessError")),
    ("AuthenticationError", Some("ProcessError")),
    ("TimeoutError", Some("ProcessError")),
];

/// The class `name` of this family, made (with its base) on first use.
pub fn class(vm: &mut Vm, name: &'static str) -> Rc<Class> {
    let key = intern(&format!("{MODULE}.{name}"));
    if let Some(Value::Class(c)) = vm.native_classes.borrow().get_str(&key) {
        return c.clone();
    }
    let base = match CLASSES.iter().find(|(n, _)| *n == name) {
        Some((_, Some(b))) => class(vm, b),
        _ => vm.exc_class(ExcKind::Exception),
    };
    let mut dict = Dict::new();
    dict.set_str(intern("__module__"), Value::str(MODULE));
    let cls = crate::vm::types::new_class(intern(name), vec![base], dict)
        .expect("a plain Exception subclass");
    vm.native_classes
        .borrow_mut()
        .set_str(key, Value::Class(cls.clone()));
    cls
}

/// Adds the four classes to a module namespace.
pub fn register(vm: &mut Vm, d: &mut Dict) {
    for (name, _) in CLASSES {
        let cls = class(vm, name);
        d.set_str(intern(name), Value::Class(cls));
    }
}

/// `BufferTooShort(message)`: the whole message travels with the error,
/// so the caller can still have it.
pub fn buffer_too_short(vm: &mut Vm, message: Vec<u8>) -> PyErr {
    let cls = Value::Class(class(vm, "BufferTooShort"));
    match vm.call(&cls, vec![Value::bytes(message)], vec![]) {
        Ok(exc) => PyErr::from_value(exc),
        Err(e) => e,
    }
}
