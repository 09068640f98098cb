//! `set` and `frozenset`: constructors and methods.

use super::list::{dunder_contains, dunder_iter, dunder_len, nargs, no_kw};
use super::seq_ops::set_op;
use crate::ast::BinOp;
use crate::error::{ExcKind, PyErr, PyResult, type_error};
use crate::object::SetData;
use crate::value::{Str, Value};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

fn this_mut(args: &[Value]) -> PyResult<Rc<RefCell<SetData>>> {
    match args.first() {
        Some(Value::Set(s)) => Ok(s.clone()),
        _ => Err(type_error("descriptor requires a 'set' object")),
    }
}

/// Storage built from any iterable.
fn data_from(vm: &mut Vm, it: &Value) -> PyResult<SetData> {
    let mut out = SetData::new();
    for v in vm.collect(it)? {
        vm.set_data_add(&mut out, v)?;
    }
    Ok(out)
}

fn set_new(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    no_kw("set", kw)?;
    match args {
        [] => Ok(Value::Set(Rc::new(RefCell::new(SetData::new())))),
        [it] => Ok(Value::Set(Rc::new(RefCell::new(data_from(vm, it)?)))),
        _ => Err(type_error(format!(
            "set expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

/// `set.__init__(self, iterable=())`: replaces the contents.
fn set_init(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let Some(Value::Set(target)) = args.first() else {
        return Err(type_error("descriptor '__init__' requires a 'set' object"));
    };
    let target = target.clone();
    let Value::Set(fresh) = set_new(vm, &args[1..], kw)? else {
        return Ok(Value::None);
    };
    let data = std::mem::replace(&mut *fresh.borrow_mut(), SetData::new());
    *target.borrow_mut() = data;
    Ok(Value::None)
}

fn frozenset_new(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    no_kw("frozenset", kw)?;
    match args {
        [] => Ok(Value::FrozenSet(Rc::new(SetData::new()))),
        [f @ Value::FrozenSet(_)] => Ok(f.clone()),
        [it] => Ok(Value::FrozenSet(Rc::new(data_from(vm, it)?))),
        _ => Err(type_error(format!(
            "frozenset expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

/// Wraps storage in the receiver's type.
fn same_kind(recv: &Value, data: SetData) -> Value {
    match recv {
        Value::FrozenSet(_) => Value::FrozenSet(Rc::new(data)),
        _ => Value::Set(Rc::new(RefCell::new(data))),
    }
}

/// Any iterable argument as a set value for the set algebra.
fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    match v {
        Value::Set(_) | Value::FrozenSet(_) => Ok(v.clone()),
        _ => Ok(Value::FrozenSet(Rc::new(data_from(vm, v)?))),
    }
}

/// The set or frozenset a method was called on.
fn receiver(args: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(v @ (Value::Set(_) | Value::FrozenSet(_))) => Ok(v.clone()),
        _ => Err(type_error("descriptor requires a 'set' object")),
    }
}

/// Folds `op` over the receiver and every argument.
fn fold(vm: &mut Vm, args: &[Value], op: BinOp) -> PyResult<SetData> {
    let recv = receiver(args)?;
    let mut acc = Value::FrozenSet(Rc::new(
        super::compare::set_data(&recv)
            .map(|d| (*d).clone())
            .unwrap_or_default(),
    ));
    for other in &args[1..] {
        let other = as_set(vm, other)?;
        acc = Value::FrozenSet(Rc::new(set_op(vm, &acc, &other, op)?));
    }
    Ok(super::compare::set_data(&acc)
        .map(|d| (*d).clone())
        .unwrap_or_default())
}

fn union(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let recv = receiver(args)?;
    Ok(same_kind(&recv, fold(vm, args, BinOp::BitOr)?))
}
fn intersection(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let recv = receiver(args)?;
    Ok(same_kind(&recv, fold(vm, args, BinOp::BitAnd)?))
}
fn difference(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let recv = receiver(args)?;
    Ok(same_kind(&recv, fold(vm, args, BinOp::Sub)?))
}
fn symmetric_difference(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    nargs("symmetric_difference", args, 1, 1)?;
    let recv = receiver(args)?;
    Ok(same_kind(&recv, fold(vm, args, BinOp::BitXor)?))
}

/// The `*_update` methods: compute, then store into the receiver.
fn update_with(vm: &mut Vm, args: &[Value], op: BinOp) -> PyResult<Value> {
    let s = this_mut(args)?;
    let data = fold(vm, args, op)?;
    *s.borrow_mut() = data;
    Ok(Value::None)
}
fn update(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    update_with(vm, args, BinOp::BitOr)
}
fn intersection_update(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    update_with(vm, args, BinOp::BitAnd)
}
fn difference_update(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    update_with(vm, args, BinOp::Sub)
}
fn symmetric_difference_update(
    vm: &mut Vm,
    args: &[Value],
    _kw: &[(Str, Value)],
) -> PyResult<Value> {
    nargs("symmetric_difference_update", args, 1, 1)?;
    update_with(vm, args, BinOp::BitXor)
}

fn relation(vm: &mut Vm, args: &[Value], name: &str) -> PyResult<(Rc<SetData>, Rc<SetData>)> {
    nargs(name, args, 1, 1)?;
    let other = as_set(vm, &args[1])?;
    let a = super::compare::set_data(&args[0]).unwrap_or_default();
    let b = super::compare::set_data(&other).unwrap_or_default();
    Ok((a, b))
}
fn issubset(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let (a, b) = relation(vm, args, "issubset")?;
    Ok(Value::Bool(super::compare::is_subset(vm, &a, &b)?))
}
fn issuperset(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let (a, b) = relation(vm, args, "issuperset")?;
    Ok(Value::Bool(super::compare::is_subset(vm, &b, &a)?))
}
fn isdisjoint(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let (a, b) = relation(vm, args, "isdisjoint")?;
    for v in a.map.keys().map(|k| k.key.clone()).collect::<Vec<_>>() {
        if vm.set_contains(&b, &v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn add(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    nargs("set.add", args, 1, 1)?;
    vm.set_add(&args[0], args[1].clone())?;
    Ok(Value::None)
}

/// Removes `v` from the set; whether it was there.
fn discard_value(vm: &mut Vm, s: &Rc<RefCell<SetData>>, v: &Value) -> PyResult<bool> {
    let hash = vm.hash(v)?;
    let snapshot = s.borrow().clone();
    match vm.set_data_find(&snapshot, v, hash)? {
        Some(i) => {
            // Removed by identity of the found key in the live set: the
            // set may have changed while `__eq__` ran.
            let Some(found) = snapshot.map.get_index(i).map(|(k, _)| k.key.clone()) else {
                return Ok(false);
            };
            let mut live = s.borrow_mut();
            if let Some(pos) = live.map.keys().position(|k| k.key.is(&found)) {
                live.map.shift_remove_index(pos);
            }
            Ok(true)
        }
        None => Ok(false),
    }
}

fn remove(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    nargs("set.remove", args, 1, 1)?;
    let s = this_mut(args)?;
    if discard_value(vm, &s, &args[1])? {
        Ok(Value::None)
    } else {
        Err(PyErr::with_args(ExcKind::KeyError, vec![args[1].clone()]))
    }
}

fn discard(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    nargs("set.discard", args, 1, 1)?;
    let s = this_mut(args)?;
    discard_value(vm, &s, &args[1])?;
    Ok(Value::None)
}

fn pop(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let s = this_mut(args)?;
    let first = {
        let mut data = s.borrow_mut();
        match data.ordered_indexes().first() {
            Some(&i) => data.map.shift_remove_index(i),
            None => None,
        }
    };
    match first {
        Some((k, ())) => Ok(k.key),
        None => Err(PyErr::new(ExcKind::KeyError, "pop from an empty set")),
    }
}

fn clear(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let old = std::mem::take(&mut *this_mut(args)?.borrow_mut());
    drop(old);
    Ok(Value::None)
}

fn copy(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(match &receiver(args)? {
        Value::Set(s) => Value::Set(Rc::new(RefCell::new(s.borrow().clone()))),
        other => other.clone(),
    })
}

pub fn register(vm: &mut Vm) {
    let set = vm.types.set.clone();
    let fs = vm.types.frozenset.clone();
    vm.add_method(&set, "__new__", set_new);
    vm.add_method(&set, "__init__", set_init);
    vm.add_method(&fs, "__new__", frozenset_new);
    for c in [&set, &fs] {
        vm.add_method(c, "copy", copy);
        vm.add_method(c, "union", union);
        vm.add_method(c, "intersection", intersection);
        vm.add_method(c, "difference", difference);
        vm.add_method(c, "symmetric_difference", symmetric_difference);
        vm.add_method(c, "issubset", issubset);
        vm.add_method(c, "issuperset", issuperset);
        vm.add_method(c, "isdisjoint", isdisjoint);
        vm.add_method(c, "__len__", dunder_len);
        vm.add_method(c, "__contains__", dunder_contains);
        vm.add_method(c, "__iter__", dunder_iter);
    }
    vm.add_method(&set, "add", add);
    vm.add_method(&set, "remove", remove);
    vm.add_method(&set, "discard", discard);
    vm.add_method(&set, "pop", pop);
    vm.add_method(&set, "clear", clear);
    vm.add_method(&set, "update", update);
    vm.add_method(&set, "intersection_update", intersection_update);
    vm.add_method(&set, "difference_update", difference_update);
    vm.add_method(
        &set,
        "symmetric_difference_update",
        symmetric_difference_update,
    );
}
