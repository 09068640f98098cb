//! Builtins over iterables: len, sorted, any, all.

use super::args::{exactly_one, kwargs_named, no_kwargs};
use crate::error::{PyResult, type_error};
use crate::value::{Str, Value};
use crate::vm::Vm;

pub fn register(vm: &mut Vm) {
    vm.add_builtin("len", len);
    vm.add_builtin("sorted", sorted);
    vm.add_builtin("any", any);
    vm.add_builtin("all", all);
}

fn len(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("len", kwargs)?;
    exactly_one("len", args)?;
    Ok(Value::Int(vm.len(&args[0])? as i64))
}

fn any(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("any", kwargs)?;
    exactly_one("any", args)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.iter_next(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("all", kwargs)?;
    exactly_one("all", args)?;
    let it = vm.get_iter(&args[0])?;
    while let Some(x) = vm.iter_next(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn sorted(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let [key, reverse] = kwargs_named("sorted", kwargs, ["key", "reverse"])?;
    if args.len() != 1 {
        return Err(type_error(format!(
            "sorted expected 1 argument, got {}",
            args.len()
        )));
    }
    let items = vm.collect(&args[0])?;
    let reverse = match reverse {
        // An int flag, as CPython parses it.
        Some(r) => vm.index_value(&r)? != 0,
        None => false,
    };
    let out = sort_values(vm, items, key.filter(|k| !k.is_none()).as_ref(), reverse)?;
    Ok(Value::list(out))
}

/// Stable sort with Python semantics: keys computed once, comparisons by
/// `<` only, errors propagate. `reverse` keeps equal items in order, as
/// CPython does (reverse, stable sort, reverse).
pub fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    key: Option<&Value>,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let mut pairs = Vec::with_capacity(items.len());
    for item in items {
        let k = match key {
            Some(f) => vm.call_one(f, item.clone())?,
            None => item.clone(),
        };
        pairs.push((k, item));
    }
    if reverse {
        pairs.reverse();
    }
    let mut pairs = merge_sort(vm, pairs)?;
    if reverse {
        pairs.reverse();
    }
    Ok(pairs.into_iter().map(|(_, v)| v).collect())
}

/// CPython-like timsort with a fallible comparison (shared with
/// `list.sort`).
fn merge_sort(vm: &mut Vm, v: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
    crate::types::list::merge_sort(vm, v)
}
