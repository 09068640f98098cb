//! `tuple`, `range` and `slice` constructors and methods.

use super::list::{
    arg, bounds, dunder_contains, dunder_getitem, dunder_iter, dunder_len, dunder_reversed, nargs,
    no_kw,
};
use crate::error::{PyResult, type_error, value_error};
use crate::object::{Range, Slice};
use crate::value::{Str, Value};
use crate::vm::Vm;
use std::rc::Rc;

fn tuple_new(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    no_kw("tuple", kw)?;
    match args {
        [] => Ok(Value::tuple(vec![])),
        [t @ Value::Tuple(_)] => Ok(t.clone()),
        [it] => Ok(Value::tuple(vm.collect(it)?)),
        _ => Err(type_error(format!(
            "tuple expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

/// Items of a tuple or range receiver, for count/index.
fn items_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    vm.collect(v)
}

fn count(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    no_kw("count", kw)?;
    nargs("count", args, 1, 1)?;
    let items = items_of(vm, &args[0])?;
    let mut n = 0;
    for item in &items {
        if item.is(&args[1]) || vm.eq(item, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn index(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    no_kw("index", kw)?;
    let range = matches!(args.first(), Some(Value::Range(_)));
    nargs("index", args, 1, if range { 1 } else { 3 })?;
    let items = items_of(vm, &args[0])?;
    let (start, stop) = bounds(vm, args, 2, items.len())?;
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        if item.is(&args[1]) || vm.eq(item, &args[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(value_error(if range {
        format!("{} is not in range", vm.repr(&args[1])?)
    } else {
        "tuple.index(x): x not in tuple".to_string()
    }))
}

fn range_new(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    no_kw("range", kw)?;
    let mut n = Vec::with_capacity(3);
    for a in args {
        n.push(vm.index_value(a)?);
    }
    let (start, stop, step) = match n.as_slice() {
        [] => return Err(type_error("range expected at least 1 argument, got 0")),
        [stop] => (0, *stop, 1),
        [start, stop] => (*start, *stop, 1),
        [start, stop, step] => (*start, *stop, *step),
        _ => {
            return Err(type_error(format!(
                "range expected at most 3 arguments, got {}",
                args.len()
            )));
        }
    };
    if step == 0 {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(Value::Range(Rc::new(Range { start, stop, step })))
}

fn slice_new(_vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    no_kw("slice", kw)?;
    let (start, stop, step) = match args {
        [] => return Err(type_error("slice expected at least 1 argument, got 0")),
        [stop] => (Value::None, stop.clone(), Value::None),
        [a, b] => (a.clone(), b.clone(), Value::None),
        [a, b, c] => (a.clone(), b.clone(), c.clone()),
        _ => {
            return Err(type_error(format!(
                "slice expected at most 3 arguments, got {}",
                args.len()
            )));
        }
    };
    Ok(Value::Slice(Rc::new(Slice { start, stop, step })))
}

/// `slice.indices(len)`.
fn slice_indices(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    nargs("indices", args, 1, 1)?;
    let Value::Slice(s) = arg(args, 0) else {
        return Err(type_error("descriptor requires a 'slice' object"));
    };
    let n = vm.index_value(&args[1])?;
    if n < 0 {
        return Err(value_error("length should not be negative"));
    }
    let (a, b, c) = super::subscript::slice_indices(vm, &s, n as usize)?;
    Ok(Value::tuple(vec![
        Value::Int(a),
        Value::Int(b),
        Value::Int(c),
    ]))
}

pub fn register(vm: &mut Vm) {
    for c in [vm.types.tuple.clone(), vm.types.range.clone()] {
        vm.add_method(&c, "count", count);
        vm.add_method(&c, "index", index);
        vm.add_method(&c, "__len__", dunder_len);
        vm.add_method(&c, "__contains__", dunder_contains);
        vm.add_method(&c, "__getitem__", dunder_getitem);
        vm.add_method(&c, "__iter__", dunder_iter);
    }
    let t = vm.types.tuple.clone();
    vm.add_method(&t, "__new__", tuple_new);
    let r = vm.types.range.clone();
    vm.add_method(&r, "__new__", range_new);
    vm.add_method(&r, "__reversed__", dunder_reversed);
    let s = vm.types.slice.clone();
    vm.add_method(&s, "__new__", slice_new);
    vm.add_method(&s, "indices", slice_indices);
}
