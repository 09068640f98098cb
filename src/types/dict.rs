//! `dict`: constructor, methods and views.

use super::dictview::{ViewKind, new_view};
use super::list::{arg, nargs, no_kw};
use crate::error::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::object::Dict;
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

fn this(args: &[Value]) -> PyResult<Rc<RefCell<Dict>>> {
    match args.first() {
        Some(Value::Dict(d)) => Ok(d.clone()),
        _ => Err(type_error("descriptor requires a 'dict' object")),
    }
}

/// `dict.update(src)`: a mapping (anything with `keys`) or an iterable
/// of key/value pairs.
pub fn update_from(vm: &mut Vm, target: &Value, src: &Value) -> PyResult<()> {
    let is_mapping = match src {
        Value::Dict(_) => true,
        Value::Instance(_) | Value::Object(_) => vm.type_of(src).lookup(&intern("keys")).is_some(),
        _ => false,
    };
    if is_mapping {
        return vm.dict_update_from(target, src, None);
    }
    let Value::Dict(d) = target else {
        return Ok(());
    };
    let it = vm.get_iter(src)?;
    let mut i = 0;
    while let Some(item) = vm.iter_next(&it)? {
        let pair = vm.collect(&item).map_err(|_| {
            type_error(format!(
                "cannot convert dictionary update sequence element #{i} to a sequence"
            ))
        })?;
        if pair.len() != 2 {
            return Err(value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        let mut pair = pair.into_iter();
        let (k, v) = (
            pair.next().unwrap_or(Value::None),
            pair.next().unwrap_or(Value::None),
        );
        vm.dict_set_item(d, k, v)?;
        i += 1;
    }
    Ok(())
}

fn update_kwargs(vm: &mut Vm, d: &Rc<RefCell<Dict>>, kw: &[(Str, Value)]) -> PyResult<()> {
    for (k, v) in kw {
        vm.dict_set_item(d, Value::Str(k.clone()), v.clone())?;
    }
    Ok(())
}

fn dict_new(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let out = Value::dict(Dict::new());
    if let Some(src) = args.first() {
        update_from(vm, &out, src)?;
    }
    if let Value::Dict(d) = &out {
        update_kwargs(vm, d, kw)?;
    }
    Ok(out)
}

/// `dict.__init__(self, src=(), **kw)`: updates the dict.
fn dict_init(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    update(vm, args, kw)
}

fn update(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    if args.len() > 2 {
        return Err(type_error(format!(
            "update expected at most 1 argument, got {}",
            args.len() - 1
        )));
    }
    let d = this(args)?;
    if let Some(src) = args.get(1) {
        update_from(vm, &args[0], src)?;
    }
    update_kwargs(vm, &d, kw)?;
    Ok(Value::None)
}

fn keys(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(new_view(&this(args)?, ViewKind::Keys))
}
fn values(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(new_view(&this(args)?, ViewKind::Values))
}
fn items(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(new_view(&this(args)?, ViewKind::Items))
}

fn get(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    no_kw("dict.get", kw)?;
    nargs("get", args, 1, 2)?;
    let d = this(args)?;
    Ok(vm.dict_get(&d, &args[1])?.unwrap_or_else(|| arg(args, 2)))
}

fn setdefault(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    no_kw("dict.setdefault", kw)?;
    nargs("setdefault", args, 1, 2)?;
    let d = this(args)?;
    if let Some(v) = vm.dict_get(&d, &args[1])? {
        return Ok(v);
    }
    let default = arg(args, 2);
    vm.dict_set_item(&d, args[1].clone(), default.clone())?;
    Ok(default)
}

fn pop(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    no_kw("dict.pop", kw)?;
    nargs("pop", args, 1, 2)?;
    let d = this(args)?;
    match vm.dict_remove(&d, &args[1])? {
        Some(v) => Ok(v),
        None => match args.get(2) {
            Some(default) => Ok(default.clone()),
            None => Err(PyErr::with_args(ExcKind::KeyError, vec![args[1].clone()])),
        },
    }
}

fn popitem(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let d = this(args)?;
    let last = d.borrow_mut().pop_last();
    match last {
        Some((k, v)) => Ok(Value::tuple(vec![k, v])),
        None => Err(PyErr::new(
            ExcKind::KeyError,
            "popitem(): dictionary is empty",
        )),
    }
}

fn clear(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let old = std::mem::take(&mut *this(args)?.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::dict(this(args)?.borrow().clone()))
}

/// `dict.fromkeys(iterable, value=None)`; args[0] is the class.
fn fromkeys(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    no_kw("dict.fromkeys", kw)?;
    nargs("fromkeys", args, 1, 2)?;
    let value = arg(args, 2);
    let out = Rc::new(RefCell::new(Dict::new()));
    for k in vm.collect(&args[1])? {
        vm.dict_set_item(&out, k, value.clone())?;
    }
    Ok(Value::Dict(out))
}

fn len(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::Int(this(args)?.borrow().len() as i64))
}

fn or(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    nargs("__or__", args, 1, 1)?;
    if !matches!(args[1], Value::Dict(_)) {
        return Ok(Value::NotImplemented);
    }
    let out = Value::dict(this(args)?.borrow().clone());
    vm.dict_update_from(&out, &args[1], None)?;
    Ok(out)
}

pub fn register(vm: &mut Vm) {
    use super::list::{
        dunder_contains, dunder_delitem, dunder_getitem, dunder_iter, dunder_reversed,
        dunder_setitem,
    };
    let c = vm.types.dict.clone();
    vm.add_method(&c, "__new__", dict_new);
    vm.add_method(&c, "__init__", dict_init);
    vm.add_method(&c, "keys", keys);
    vm.add_method(&c, "values", values);
    vm.add_method(&c, "items", items);
    vm.add_method(&c, "get", get);
    vm.add_method(&c, "setdefault", setdefault);
    vm.add_method(&c, "pop", pop);
    vm.add_method(&c, "popitem", popitem);
    vm.add_method(&c, "update", update);
    vm.add_method(&c, "clear", clear);
    vm.add_method(&c, "copy", copy);
    vm.add_method(&c, "__len__", len);
    vm.add_method(&c, "__contains__", dunder_contains);
    vm.add_method(&c, "__getitem__", dunder_getitem);
    vm.add_method(&c, "__setitem__", dunder_setitem);
    vm.add_method(&c, "__delitem__", dunder_delitem);
    vm.add_method(&c, "__iter__", dunder_iter);
    vm.add_method(&c, "__reversed__", dunder_reversed);
    vm.add_method(&c, "__or__", or);
    let f = vm.native("fromkeys", "dict.fromkeys".to_string(), fromkeys);
    c.dict
        .borrow_mut()
        .set_str(intern("fromkeys"), Value::ClassMethod(Rc::new(f)));
}
