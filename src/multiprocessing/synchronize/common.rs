//! What the synchronization objects share: their classes (module
//! `multiprocessing.synchronize`), argument parsing with CPython's
//! messages, and the name of the current process for reprs.

use super::futex::Deadline;
use crate::error::{PyResult, type_error};
use crate::object::{Dict, NativeFn, NativeObject};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use std::rc::Rc;

pub const MODULE: &str = "multiprocessing.synchronize";

/// Makes a class of native objects, found by `class_key` `<MODULE>.<name>`.
pub fn register_class(vm: &mut Vm, name: &'static str, methods: &[(&'static str, NativeFn)]) {
    let mut dict = Dict::new();
    dict.set_str(intern("__module__"), Value::str(MODULE));
    let cls = crate::vm::types::new_class(intern(name), vec![vm.types.object.clone()], dict)
        .expect("a plain class");
    for (n, f) in methods {
        vm.add_method(&cls, n, *f);
    }
    vm.native_classes
        .borrow_mut()
        .set_str(intern(&format!("{MODULE}.{name}")), Value::Class(cls));
}

/// The native object behind `self`, or CPython's descriptor error.
pub fn this<'a, T: NativeObject>(args: &'a [Value], what: &str) -> PyResult<&'a T> {
    match args.first() {
        Some(Value::Object(o)) => o.as_any().downcast_ref::<T>(),
        _ => None,
    }
    .ok_or_else(|| type_error(format!("descriptor requires a '{what}' object")))
}

pub fn object(o: impl NativeObject) -> Value {
    Value::Object(Rc::new(o))
}

/// A context factory's arity check: `BaseContext.Lock() takes 1
/// positional argument but 2 were given` (counting `self`).
pub fn factory_arity(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let (given, min, max) = (args.len() + 1, min + 1, max + 1);
    if given > max {
        let takes = if min == max {
            format!(
                "{max} positional argument{}",
                if max == 1 { "" } else { "s" }
            )
        } else {
            format!("from {min} to {max} positional arguments")
        };
        let were = if given == 1 { "was" } else { "were" };
        return Err(type_error(format!(
            "BaseContext.{name}() takes {takes} but {given} {were} given"
        )));
    }
    Ok(())
}

/// `timeout=None|float` as a blocking call's deadline; negative is zero.
pub fn deadline(vm: &mut Vm, timeout: Option<&Value>) -> PyResult<Deadline> {
    match timeout {
        None | Some(Value::None) => Ok(Deadline::never()),
        Some(t) => Ok(Deadline::after(Some(seconds(vm, t)?))),
    }
}

/// A timeout in seconds: "must be real number, not str" otherwise.
pub fn seconds(vm: &mut Vm, t: &Value) -> PyResult<f64> {
    match t {
        Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::BigInt(_) => {
            crate::types::float::to_float_value(vm, t)
        }
        other => Err(type_error(format!(
            "must be real number, not {}",
            vm.type_name(other)
        ))),
    }
}

/// The positional-or-keyword arguments of a method, `None` where absent.
pub fn params<const N: usize>(
    fname: &str,
    args: &[Value],
    kwargs: &[(Str, Value)],
    names: [&str; N],
) -> PyResult<[Option<Value>; N]> {
    if args.len() > N {
        return Err(type_error(format!(
            "{fname}() takes at most {N} argument{} ({} given)",
            if N == 1 { "" } else { "s" },
            args.len() + kwargs.len()
        )));
    }
    let mut out: [Option<Value>; N] = std::array::from_fn(|i| args.get(i).cloned());
    for (k, v) in kwargs {
        match names.iter().position(|n| *n == k.as_str()) {
            Some(i) if out[i].is_none() => out[i] = Some(v.clone()),
            Some(_) => {
                return Err(type_error(format!(
                    "argument for {fname}() given by name ('{}') and position ({})",
                    k.as_str(),
                    names.iter().position(|n| *n == k.as_str()).unwrap_or(0) + 1
                )));
            }
            None => {
                return Err(type_error(format!(
                    "'{}' is an invalid keyword argument for {fname}()",
                    k.as_str()
                )));
            }
        }
    }
    Ok(out)
}

/// The name CPython prints for the current process in lock reprs: that of
/// `multiprocessing.current_process()` once the package provides it.
pub fn process_name(vm: &mut Vm) -> String {
    let m = vm
        .modules
        .borrow()
        .get_str(&intern("multiprocessing"))
        .cloned();
    if let Some(m) = m
        && let Ok(f) = vm.get_attr(&m, &intern("current_process"))
        && let Ok(p) = vm.call(&f, vec![], vec![])
        && let Ok(Value::Str(n)) = vm.get_attr(&p, &intern("name"))
    {
        return n.as_str().to_string();
    }
    "MainProcess".to_string()
}

/// `<... at 0x...>`: the address CPython shows for an object.
pub fn address(v: &Value) -> String {
    format!("{:#x}", crate::builtins::introspect::id_of(v))
}

/// A read-only attribute computed by `getter`, on the class `<MODULE>.<class>`.
pub fn add_property(vm: &mut Vm, class: &str, name: &'static str, getter: NativeFn) {
    let key = intern(&format!("{MODULE}.{class}"));
    let Some(Value::Class(cls)) = vm.native_classes.borrow().get_str(&key).cloned() else {
        return;
    };
    let fget = vm.native(name, format!("{class}.{name}"), getter);
    let prop = crate::object::Property {
        fget,
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    };
    cls.dict
        .borrow_mut()
        .set_str(intern(name), Value::Property(Rc::new(prop)));
}
