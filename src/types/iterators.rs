//! The built-in iterators' `__next__`, and the iteration builtins
//! (`enumerate`, `zip`, `map`, `filter`, `reversed`, `iter`, `next`).
//!
//! Every step clones what it needs out of the `RefCell` before calling
//! into the VM: the callee may touch the same iterator (or the sequence
//! behind it) again.

use crate::error::runtime_error;
use crate::error::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::object::iter::DictIterKind;
use crate::object::{Dict, IterState, Range};
use crate::value::{Str, Value};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// One step: `Ok(None)` when exhausted.
pub fn next(vm: &mut Vm, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    if let Some(r) = step_checked(&mut state.borrow_mut()) {
        return r;
    }
    // Variants that never run Python code are stepped in place.
    if let Some(r) = step_simple(&mut state.borrow_mut()) {
        return Ok(r);
    }
    // `map(f, it)`, the common case, steps without moving the (large)
    // state out and back: no borrow is held while `f` runs.
    let single_map = match &*state.borrow() {
        IterState::Map { func, iters } if iters.len() == 1 => {
            Some((func.clone(), iters[0].clone()))
        }
        _ => None,
    };
    if let Some((func, it)) = single_map {
        let r = map_step(vm, &func, std::slice::from_ref(&it));
        if let Ok(None) = r {
            *state.borrow_mut() = IterState::Exhausted;
        }
        return r;
    }
    let current = std::mem::replace(&mut *state.borrow_mut(), IterState::Exhausted);
    // The state is parked as Exhausted while Python code runs, so a
    // re-entrant `next()` on the same iterator ends instead of panicking;
    // it is put back unless this step exhausted it.
    let (result, keep) = step_calling(vm, current);
    if let Some(s) = keep {
        let mut slot = state.borrow_mut();
        if matches!(*slot, IterState::Exhausted) {
            *slot = s;
        }
    }
    result
}

/// Steps the dict and set iterators, which raise RuntimeError when their
/// container changed size (CPython's `dictiter_iternext*`, `setiter_iternext`).
/// `None` means "not one of those".
fn step_checked(s: &mut IterState) -> Option<PyResult<Option<Value>>> {
    let out = match s {
        IterState::Dict {
            dict,
            index,
            used,
            remaining,
            kind,
            reverse,
        } => {
            let d = dict.borrow();
            if d.len() != *used {
                // Reported again at every later step, as CPython does.
                *used = usize::MAX;
                return Some(Err(runtime_error(
                    "dictionary changed size during iteration",
                )));
            }
            // Positions run over slots; deleted slots are stepped over.
            let n = d.slots();
            let entry = loop {
                let pos = if *index >= n {
                    None
                } else if *reverse {
                    Some(n - 1 - *index)
                } else {
                    Some(*index)
                };
                match pos.and_then(|i| d.slot(i)) {
                    Some((k, _)) if k.key.is_null() => *index += 1,
                    other => break other,
                }
            };
            match entry {
                None => None,
                Some(_) if *remaining == 0 => {
                    drop(d);
                    *s = IterState::Exhausted;
                    return Some(Err(runtime_error(
                        "dictionary keys changed during iteration",
                    )));
                }
                Some((k, v)) => {
                    *index += 1;
                    *remaining -= 1;
                    Some(match kind {
                        DictIterKind::Keys => k.key.clone(),
                        DictIterKind::Values => v.clone(),
                        DictIterKind::Items => Value::tuple(vec![k.key.clone(), v.clone()]),
                    })
                }
            }
        }
        IterState::Set {
            set,
            items,
            index,
            used,
        } => {
            if set.borrow().len() != *used {
                *used = usize::MAX;
                return Some(Err(runtime_error("Set changed size during iteration")));
            }
            let item = items.get(*index).cloned();
            *index += 1;
            item
        }
        _ => return None,
    };
    if out.is_none() {
        *s = IterState::Exhausted;
    }
    Some(Ok(out))
}

/// A live iterator over `dict`.
pub fn dict_iter(dict: &Rc<RefCell<Dict>>, kind: DictIterKind, reverse: bool) -> Value {
    let len = dict.borrow().len();
    new_iter(IterState::Dict {
        dict: dict.clone(),
        index: 0,
        used: len,
        remaining: len,
        kind,
        reverse,
    })
}

/// Steps the variants that need no VM call. `None` means "not simple".
/// The loop's own step for list, tuple and range iterators; `None` for
/// every other kind.
#[inline]
pub fn step_fast(state: &RefCell<IterState>) -> Option<Option<Value>> {
    match &mut *state.borrow_mut() {
        IterState::Seq { seq, index } => Some(step_seq(seq, index)),
        IterState::Range { next, stop, step } => Some(step_range(next, stop, *step)),
        _ => None,
    }
}

#[inline]
fn step_seq(seq: &Value, index: &mut usize) -> Option<Value> {
    let item = match seq {
        Value::List(l) => l.borrow().get(*index).cloned(),
        Value::Tuple(t) => t.get(*index).cloned(),
        _ => None,
    };
    *index += 1;
    item
}

#[inline]
fn step_range(next: &mut i64, stop: &mut i64, step: i64) -> Option<Value> {
    let more = if step > 0 {
        *next < *stop
    } else {
        *next > *stop
    };
    if !more {
        return None;
    }
    let v = *next;
    match next.checked_add(step) {
        Some(n) => *next = n,
        // Past i64: nothing further can be in range.
        None => *stop = *next,
    }
    Some(Value::Int(v))
}

fn step_simple(s: &mut IterState) -> Option<Option<Value>> {
    let out = match s {
        IterState::Seq { seq, index } => step_seq(seq, index),
        IterState::Range { next, stop, step } => step_range(next, stop, *step),
        IterState::Str { s: text, byte_pos } => match text.as_str()[*byte_pos..].chars().next() {
            Some(c) => {
                *byte_pos += c.len_utf8();
                Some(Value::string(c.to_string()))
            }
            None => None,
        },
        IterState::Bytes { b, index } => {
            let byte = match b {
                Value::Bytes(b) => b.get(*index).copied(),
                Value::ByteArray(b) => b.borrow().get(*index).copied(),
                _ => None,
            };
            *index += 1;
            byte.map(|x| Value::Int(x as i64))
        }
        IterState::Snapshot { items, index, .. } => {
            let item = items.get(*index).cloned();
            *index += 1;
            item
        }
        IterState::Reversed {
            seq: Value::List(l),
            index,
        } => {
            let item = if *index >= 0 {
                l.borrow().get(*index as usize).cloned()
            } else {
                None
            };
            *index -= 1;
            item
        }
        IterState::Exhausted => None,
        _ => return None,
    };
    if out.is_none() {
        // Once exhausted, always exhausted (even if a list grows later).
        *s = IterState::Exhausted;
    }
    Some(out)
}

/// Steps the variants that call into the VM. Returns the result and the
/// state to keep (None when exhausted).
fn step_calling(vm: &mut Vm, s: IterState) -> (PyResult<Option<Value>>, Option<IterState>) {
    match s {
        IterState::Enumerate { iter, count } => match vm.iter_next(&iter) {
            Ok(Some(x)) => {
                let next_count = increment(&count);
                let pair = Value::tuple(vec![count, x]);
                (
                    Ok(Some(pair)),
                    Some(IterState::Enumerate {
                        iter,
                        count: next_count,
                    }),
                )
            }
            Ok(None) => (Ok(None), None),
            Err(e) => (Err(e), Some(IterState::Enumerate { iter, count })),
        },
        IterState::Zip { iters, strict } => {
            let r = zip_step(vm, &iters, strict);
            let keep = matches!(r, Ok(Some(_))).then_some(IterState::Zip { iters, strict });
            (r, keep)
        }
        IterState::Map { func, iters } => {
            let r = map_step(vm, &func, &iters);
            let keep = matches!(r, Ok(Some(_)) | Err(_)).then_some(IterState::Map { func, iters });
            (r, keep)
        }
        IterState::Filter { func, iter } => {
            let r = filter_step(vm, &func, &iter);
            let keep =
                matches!(r, Ok(Some(_)) | Err(_)).then_some(IterState::Filter { func, iter });
            (r, keep)
        }
        IterState::Reversed { seq, index } => {
            if index < 0 {
                return (Ok(None), None);
            }
            match vm.get_item(&seq, &Value::Int(index as i64)) {
                Ok(v) => (
                    Ok(Some(v)),
                    Some(IterState::Reversed {
                        seq,
                        index: index - 1,
                    }),
                ),
                Err(e) => match catch(vm, e, &[ExcKind::IndexError, ExcKind::StopIteration]) {
                    Ok(()) => (Ok(None), None),
                    Err(e) => (Err(e), None),
                },
            }
        }
        IterState::Callable {
            func,
            sentinel,
            done,
        } => {
            if done {
                return (Ok(None), None);
            }
            match vm.call(&func, vec![], vec![]) {
                Ok(v) => {
                    let ended = if v.is(&sentinel) {
                        Ok(true)
                    } else {
                        vm.eq(&v, &sentinel)
                    };
                    match ended {
                        Ok(true) => (Ok(None), None),
                        Ok(false) => (
                            Ok(Some(v)),
                            Some(IterState::Callable {
                                func,
                                sentinel,
                                done,
                            }),
                        ),
                        Err(e) => (
                            Err(e),
                            Some(IterState::Callable {
                                func,
                                sentinel,
                                done,
                            }),
                        ),
                    }
                }
                Err(e) => match catch(vm, e, &[ExcKind::StopIteration]) {
                    Ok(()) => (Ok(None), None),
                    Err(e) => (
                        Err(e),
                        Some(IterState::Callable {
                            func,
                            sentinel,
                            done,
                        }),
                    ),
                },
            }
        }
        IterState::GetItem { obj, index, done } => {
            if done {
                return (Ok(None), None);
            }
            match vm.get_item(&obj, &Value::Int(index)) {
                Ok(v) => (
                    Ok(Some(v)),
                    Some(IterState::GetItem {
                        obj,
                        index: index + 1,
                        done,
                    }),
                ),
                Err(e) => match catch(vm, e, &[ExcKind::IndexError, ExcKind::StopIteration]) {
                    Ok(()) => (Ok(None), None),
                    Err(e) => (Err(e), None),
                },
            }
        }
        // The simple variants were handled by `step_simple`.
        other => (Ok(None), Some(other)),
    }
}

/// `Ok(())` when `err` is one of `kinds` (swallowed), else the error.
pub fn catch(vm: &mut Vm, err: PyErr, kinds: &[ExcKind]) -> PyResult<()> {
    if let Some(k) = err.lazy_kind() {
        let cls = vm.exc_class(k);
        return if kinds.iter().any(|&t| cls.is_subclass(&vm.exc_class(t))) {
            Ok(())
        } else {
            Err(err)
        };
    }
    let exc = vm.materialize(err);
    if kinds.iter().any(|&t| vm.isinstance(&exc, &vm.exc_class(t))) {
        Ok(())
    } else {
        Err(PyErr::from_value(exc))
    }
}

/// `count + 1`, promoting to a big int past i64.
fn increment(count: &Value) -> Value {
    match count {
        Value::Int(i) => match i.checked_add(1) {
            Some(n) => Value::Int(n),
            None => Value::from_bigint(num_bigint::BigInt::from(*i) + 1),
        },
        Value::BigInt(b) => Value::from_bigint(&**b + 1),
        other => other.clone(),
    }
}

fn zip_step(vm: &mut Vm, iters: &[Value], strict: bool) -> PyResult<Option<Value>> {
    if iters.is_empty() {
        return Ok(None);
    }
    let mut items = Vec::with_capacity(iters.len());
    for (i, it) in iters.iter().enumerate() {
        match vm.iter_next(it)? {
            Some(x) => items.push(x),
            None => {
                if !strict {
                    return Ok(None);
                }
                if i > 0 {
                    return Err(value_error(format!(
                        "zip() argument {} is shorter than {}",
                        i + 1,
                        zip_args_phrase(i)
                    )));
                }
                // The first ran out: every other one must be empty too.
                for (j, other) in iters.iter().enumerate().skip(1) {
                    if vm.iter_next(other)?.is_some() {
                        return Err(value_error(format!(
                            "zip() argument {} is longer than {}",
                            j + 1,
                            zip_args_phrase(j)
                        )));
                    }
                }
                return Ok(None);
            }
        }
    }
    Ok(Some(Value::tuple(items)))
}

/// "argument 1" or "arguments 1-n".
fn zip_args_phrase(n: usize) -> String {
    if n == 1 {
        "argument 1".to_string()
    } else {
        format!("arguments 1-{n}")
    }
}

fn map_step(vm: &mut Vm, func: &Value, iters: &[Value]) -> PyResult<Option<Value>> {
    if let [it] = iters {
        return match vm.iter_next(it)? {
            Some(x) => Ok(Some(vm.call_one(func, x)?)),
            None => Ok(None),
        };
    }
    let mut args = Vec::with_capacity(iters.len());
    for it in iters {
        match vm.iter_next(it)? {
            Some(x) => args.push(x),
            None => return Ok(None),
        }
    }
    Ok(Some(vm.call(func, args, vec![])?))
}

fn filter_step(vm: &mut Vm, func: &Value, iter: &Value) -> PyResult<Option<Value>> {
    while let Some(x) = vm.iter_next(iter)? {
        let keep = if func.is_none() {
            vm.truthy(&x)?
        } else {
            let r = vm.call_one(func, x.clone())?;
            vm.truthy(&r)?
        };
        if keep {
            return Ok(Some(x));
        }
    }
    Ok(None)
}

pub fn new_iter(state: IterState) -> Value {
    Value::Iter(Rc::new(RefCell::new(state)))
}

/// Finds a keyword argument, rejecting any name not in `allowed`.
fn take_kwargs(
    fname: &str,
    kwargs: &[(Str, Value)],
    allowed: &[&str],
) -> PyResult<Vec<Option<Value>>> {
    let mut out = vec![None; allowed.len()];
    for (k, v) in kwargs {
        match allowed.iter().position(|a| *a == k.as_str()) {
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    k.as_str(),
                    fname
                )));
            }
        }
    }
    Ok(out)
}

fn builtin_enumerate(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    if args.len() + kwargs.len() > 2 {
        return Err(type_error(format!(
            "enumerate() takes at most 2 arguments ({} given)",
            args.len() + kwargs.len()
        )));
    }
    let kw = take_kwargs("enumerate", kwargs, &["iterable", "start"])?;
    let iterable = args
        .first()
        .cloned()
        .or(kw[0].clone())
        .ok_or_else(|| type_error("enumerate() missing required argument 'iterable'"))?;
    let start = args
        .get(1)
        .cloned()
        .or(kw[1].clone())
        .unwrap_or(Value::Int(0));
    let count = match start {
        Value::Int(_) | Value::BigInt(_) => start,
        other => Value::Int(vm.index_value(&other)?),
    };
    let iter = vm.get_iter(&iterable)?;
    Ok(new_iter(IterState::Enumerate { iter, count }))
}

fn builtin_zip(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let kw = take_kwargs("zip", kwargs, &["strict"])?;
    let strict = match &kw[0] {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let mut iters = Vec::with_capacity(args.len());
    for a in args {
        iters.push(vm.get_iter(a)?);
    }
    Ok(new_iter(IterState::Zip { iters, strict }))
}

fn no_kwargs(fname: &str, kwargs: &[(Str, Value)]) -> PyResult<()> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{fname}() takes no keyword arguments")))
    }
}

fn builtin_map(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("map", kwargs)?;
    if args.len() < 2 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let mut iters = Vec::with_capacity(args.len() - 1);
    for a in &args[1..] {
        iters.push(vm.get_iter(a)?);
    }
    Ok(new_iter(IterState::Map {
        func: args[0].clone(),
        iters,
    }))
}

fn builtin_filter(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("filter", kwargs)?;
    if args.len() != 2 {
        return Err(type_error(format!(
            "filter expected 2 arguments, got {}",
            args.len()
        )));
    }
    let iter = vm.get_iter(&args[1])?;
    Ok(new_iter(IterState::Filter {
        func: args[0].clone(),
        iter,
    }))
}

fn builtin_reversed(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("reversed", kwargs)?;
    if args.len() != 1 {
        return Err(type_error(format!(
            "reversed expected 1 argument, got {}",
            args.len()
        )));
    }
    reversed_of(vm, &args[0])
}

/// `reversed(seq)`.
pub fn reversed_of(vm: &mut Vm, seq: &Value) -> PyResult<Value> {
    let not_reversible =
        |vm: &Vm| type_error(format!("'{}' object is not reversible", vm.type_name(seq)));
    match seq {
        Value::List(l) => {
            let index = l.borrow().len() as isize - 1;
            Ok(new_iter(IterState::Reversed {
                seq: seq.clone(),
                index,
            }))
        }
        Value::Range(r) => Ok(reversed_range(r)),
        Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_) => {
            let index = vm.len(seq)? as isize - 1;
            Ok(new_iter(IterState::Reversed {
                seq: seq.clone(),
                index,
            }))
        }
        Value::Dict(d) => Ok(dict_iter(d, DictIterKind::Keys, true)),
        Value::Instance(_) | Value::Object(_) => {
            let cls = vm.type_of(seq);
            match cls.lookup(&vm.names.reversed) {
                Some(Value::None) => return Err(not_reversible(vm)),
                Some(m) => return vm.call(&m, vec![seq.clone()], vec![]),
                None => {}
            }
            if let Some(Value::Object(o)) = Some(seq)
                && let Some(view) = o.as_any().downcast_ref::<super::dictview::DictView>()
            {
                return Ok(dict_iter(&view.dict, view.iter_kind(), true));
            }
            let has_len = cls.lookup(&vm.names.len).is_some();
            let has_getitem = cls.lookup(&vm.names.getitem).is_some();
            if !(has_len && has_getitem) {
                return Err(not_reversible(vm));
            }
            let index = vm.len(seq)? as isize - 1;
            Ok(new_iter(IterState::Reversed {
                seq: seq.clone(),
                index,
            }))
        }
        _ => Err(not_reversible(vm)),
    }
}

/// A range iterated backwards is the range iterator of the mirrored range.
fn reversed_range(r: &Range) -> Value {
    let n = r.len();
    if n <= 0 {
        return new_iter(IterState::Exhausted);
    }
    let last = r.start + (n - 1) * r.step;
    // `stop` is one step before the first item; saturate at the i64 edge
    // (the iterator only compares against it).
    let stop = r
        .start
        .checked_sub(r.step)
        .unwrap_or(if r.step > 0 { i64::MIN } else { i64::MAX });
    new_iter(IterState::Range {
        next: last,
        stop,
        step: -r.step.max(-i64::MAX),
    })
}

fn builtin_iter(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("iter", kwargs)?;
    match args {
        [] => Err(type_error("iter expected at least 1 argument, got 0")),
        [obj] => vm.get_iter(obj),
        [func, sentinel] => {
            if !is_callable(vm, func) {
                return Err(type_error("iter(v, w): v must be callable"));
            }
            Ok(new_iter(IterState::Callable {
                func: func.clone(),
                sentinel: sentinel.clone(),
                done: false,
            }))
        }
        _ => Err(type_error(format!(
            "iter expected at most 2 arguments, got {}",
            args.len()
        ))),
    }
}

pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Native(_) | Value::BoundMethod(_) | Value::Class(_) => true,
        Value::Instance(_) | Value::Object(_) => vm.type_of(v).lookup(&vm.names.call).is_some(),
        _ => false,
    }
}

/// `next(it)` without a default: StopIteration (carrying a generator's
/// return value) at the end.
fn next_or_stop(vm: &mut Vm, it: &Value) -> PyResult<Option<Value>> {
    if !matches!(it, Value::Iter(_) | Value::Generator(_))
        && vm.type_of(it).lookup(&vm.names.next).is_none()
    {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            vm.type_name(it)
        )));
    }
    vm.iter_next(it)
}

fn stop_iteration(vm: &mut Vm) -> PyErr {
    let value = vm.take_stop_value();
    if value.is_none() {
        PyErr::with_args(ExcKind::StopIteration, vec![])
    } else {
        PyErr::with_args(ExcKind::StopIteration, vec![value])
    }
}

fn builtin_next(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("next", kwargs)?;
    match args {
        [] => Err(type_error("next expected at least 1 argument, got 0")),
        [it] => match next_or_stop(vm, it)? {
            Some(v) => Ok(v),
            None => Err(stop_iteration(vm)),
        },
        [it, default] => match next_or_stop(vm, it)? {
            Some(v) => Ok(v),
            None => {
                vm.take_stop_value();
                Ok(default.clone())
            }
        },
        _ => Err(type_error(format!(
            "next expected at most 2 arguments, got {}",
            args.len()
        ))),
    }
}

/// `iterator.__next__`.
fn iter_dunder_next(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let it = args.first().cloned().unwrap_or(Value::None);
    match next_or_stop(vm, &it)? {
        Some(v) => Ok(v),
        None => Err(stop_iteration(vm)),
    }
}

/// `iterator.__iter__`: iterators are their own iterators.
fn iter_dunder_iter(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(args.first().cloned().unwrap_or(Value::None))
}

pub fn register(vm: &mut Vm) {
    vm.add_builtin("enumerate", builtin_enumerate);
    vm.add_builtin("zip", builtin_zip);
    vm.add_builtin("map", builtin_map);
    vm.add_builtin("filter", builtin_filter);
    vm.add_builtin("reversed", builtin_reversed);
    vm.add_builtin("iter", builtin_iter);
    vm.add_builtin("next", builtin_next);
    let it = vm.types.iterator.clone();
    vm.add_method(&it, "__next__", iter_dunder_next);
    vm.add_method(&it, "__iter__", iter_dunder_iter);
}
