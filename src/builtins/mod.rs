//! The `builtins` namespace: functions and the built-in type names.

pub mod args;
pub mod class;
pub mod core;
pub mod docs;
pub mod eval;
pub mod frame;
pub mod introspect;
pub mod lazy;
pub mod numeric;
pub mod open;
pub mod print;
pub mod sequence;

use crate::value::{Value, intern};
use crate::vm::Vm;

pub fn register(vm: &mut Vm) {
    let t = &vm.types;
    let type_names = [
        ("object", t.object.clone()),
        ("type", t.type_.clone()),
        ("int", t.int.clone()),
        ("bool", t.bool_.clone()),
        ("float", t.float.clone()),
        ("str", t.str_.clone()),
        ("bytes", t.bytes.clone()),
        ("bytearray", t.bytearray.clone()),
        ("tuple", t.tuple.clone()),
        ("list", t.list.clone()),
        ("dict", t.dict.clone()),
        ("set", t.set.clone()),
        ("frozenset", t.frozenset.clone()),
        ("range", t.range.clone()),
        ("slice", t.slice.clone()),
        ("property", t.property.clone()),
        ("staticmethod", t.staticmethod.clone()),
        ("classmethod", t.classmethod.clone()),
    ];
    {
        let mut b = vm.builtins.borrow_mut();
        for (name, cls) in type_names {
            b.set_str(intern(name), Value::Class(cls));
        }
        for (i, kind) in crate::error::ExcKind::ALL.iter().enumerate() {
            b.set_str(intern(kind.name()), Value::Class(vm.exc_classes[i].clone()));
        }
        b.set_str(intern("None"), Value::None);
        b.set_str(intern("Ellipsis"), Value::Ellipsis);
        b.set_str(intern("NotImplemented"), Value::NotImplemented);
        b.set_str(intern("__name__"), Value::str("builtins"));
        // CPython's alias.
        let env = vm.exc_classes[crate::error::ExcKind::OSError as usize].clone();
        b.set_str(intern("EnvironmentError"), Value::Class(env.clone()));
        b.set_str(intern("IOError"), Value::Class(env));
    }
    // core first: the frame-aware versions of globals()/locals()/vars()/
    // dir() below replace its frameless ones.
    core::register(vm);
    class::register(vm);
    print::register(vm);
    frame::register(vm);
    open::register(vm);
    crate::modules::posix::process::register_builtins(vm);
}

/// `callable(v)`: functions, classes, and objects whose type has `__call__`.
pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Native(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::StaticMethod(_) | Value::ClassMethod(_) => false,
        other => vm.type_of(other).lookup(&vm.names.call).is_some(),
    }
}
