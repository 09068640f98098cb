//! `Value`, `Array`, `RawValue` and `RawArray`: C-typed values in shared
//! memory, as ctypes objects over a `multiprocessing.heap` block are in
//! CPython, optionally wrapped with a lock.

mod block;
mod classes;
mod ctype;

use crate::error::{PyResult, attribute_error, type_error, value_error};
use crate::object::Dict;
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use block::Block;
use ctype::CType;

pub fn register(vm: &mut Vm, d: &mut Dict) {
    let funcs: [(&'static str, crate::object::NativeFn); 4] = [
        ("Value", value),
        ("Array", array),
        ("RawValue", raw_value),
        ("RawArray", raw_array),
    ];
    for (name, f) in funcs {
        d.set_str(intern(name), vm.native(name, name.to_string(), f));
    }
}

/// A typecode's C type; ctypes types themselves are not available.
fn ctype_of(vm: &mut Vm, tc: &Value) -> PyResult<CType> {
    match tc {
        Value::Str(s) => CType::from_typecode(s.as_str()),
        _ => None,
    }
    .ok_or_else(|| {
        let _ = vm;
        type_error("this type has no size")
    })
}

fn new_raw_value(vm: &mut Vm, fname: &str, args: &[Value]) -> PyResult<Value> {
    let Some(tc) = args.first() else {
        return Err(type_error(format!(
            "BaseContext.{fname}() missing 1 required positional argument: 'typecode_or_type'"
        )));
    };
    let ctype = ctype_of(vm, tc)?;
    if args.len() > 2 {
        return Err(type_error(format!(
            "__init__ expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let block = Block::new(ctype, 1)?;
    if let Some(v) = args.get(1) {
        block.set(vm, 0, v)?;
    }
    Ok(classes::raw(vm, block, false))
}

fn new_raw_array(vm: &mut Vm, fname: &str, args: &[Value]) -> PyResult<Value> {
    if args.len() != 2 {
        let missing = ["typecode_or_type", "size_or_initializer"];
        if args.len() < 2 {
            let names: Vec<String> = missing[args.len()..]
                .iter()
                .map(|n| format!("'{n}'"))
                .collect();
            let n = names.len();
            return Err(type_error(format!(
                "BaseContext.{fname}() missing {n} required positional argument{}: {}",
                if n == 1 { "" } else { "s" },
                names.join(" and ")
            )));
        }
        return Err(type_error(format!(
            "BaseContext.{fname}() takes 3 positional arguments but {} were given",
            args.len() + 1
        )));
    }
    let ctype = ctype_of(vm, &args[0])?;
    let init = &args[1];
    let block = match init {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let n = vm.index_value(init)?;
            if n < 0 {
                return Err(value_error(format!("Array length must be >= 0, not {n}")));
            }
            Block::new(ctype, n as usize)?
        }
        _ => {
            let n = vm.len(init)?;
            let items = vm.collect(init)?;
            let block = Block::new(ctype, n)?;
            for (i, item) in items.iter().enumerate().take(n) {
                block.set(vm, i, item)?;
            }
            block
        }
    };
    Ok(classes::raw(vm, block, true))
}

/// `lock=`: False for the raw object, True/None for a new RLock, or any
/// object with `acquire`.
fn lock_arg(vm: &mut Vm, kw: &[(Str, Value)], fname: &str) -> PyResult<Option<Value>> {
    let [lock] = crate::builtins::args::kwargs_named(fname, kw, ["lock"])?;
    let lock = lock.unwrap_or(Value::Bool(true));
    if matches!(lock, Value::Bool(false)) {
        return Ok(None);
    }
    let fresh = match &lock {
        Value::None => true,
        other => vm.eq(other, &Value::Bool(true))?,
    };
    if fresh {
        let rlock = crate::multiprocessing::synchronize::SemLock::new(
            crate::multiprocessing::synchronize::Kind::RLock,
            1,
            1,
        )?;
        return Ok(Some(Value::Object(std::rc::Rc::new(rlock))));
    }
    if vm.get_attr(&lock, &intern("acquire")).is_err() {
        let r = vm.repr(&lock)?;
        return Err(attribute_error(format!("{r} has no method 'acquire'")));
    }
    Ok(Some(lock))
}

fn value(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let obj = new_raw_value(vm, "Value", args)?;
    match lock_arg(vm, kw, "BaseContext.Value")? {
        None => Ok(obj),
        Some(lock) => classes::synchronized(vm, obj, lock, false),
    }
}

fn array(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let obj = new_raw_array(vm, "Array", args)?;
    match lock_arg(vm, kw, "BaseContext.Array")? {
        None => Ok(obj),
        Some(lock) => classes::synchronized(vm, obj, lock, true),
    }
}

fn raw_value(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    crate::builtins::args::kwargs_named("BaseContext.RawValue", kw, [])?;
    new_raw_value(vm, "RawValue", args)
}

fn raw_array(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    crate::builtins::args::kwargs_named("BaseContext.RawArray", kw, [])?;
    new_raw_array(vm, "RawArray", args)
}
