//! `list`: constructor and methods; shared argument helpers for the
//! container types.

use crate::error::{PyResult, index_error, type_error, value_error};
use crate::value::{Str, Value};
use crate::vm::Vm;
use crate::vm::protocol::norm_index;
use std::cell::RefCell;
use std::rc::Rc;

/// Checks the number of positional arguments after `self`.
pub fn nargs(name: &str, args: &[Value], min: usize, max: usize) -> PyResult<()> {
    let n = args.len().saturating_sub(1);
    if n >= min && n <= max {
        return Ok(());
    }
    Err(type_error(if min == max && min == 1 {
        format!("{name}() takes exactly one argument ({n} given)")
    } else if min == max && min == 0 {
        format!("{name}() takes no arguments ({n} given)")
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    }))
}

pub fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).cloned().unwrap_or(Value::None)
}

pub fn no_kw(name: &str, kw: &[(Str, Value)]) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(type_error(format!("{name}() takes no keyword arguments")))
    }
}

fn this(args: &[Value]) -> PyResult<Rc<RefCell<Vec<Value>>>> {
    match args.first() {
        Some(Value::List(l)) => Ok(l.clone()),
        _ => Err(type_error("descriptor requires a 'list' object")),
    }
}

fn list_new(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    no_kw("list", kw)?;
    match args {
        [] => Ok(Value::list(vec![])),
        [it] => Ok(Value::list(vm.collect(it)?)),
        _ => Err(type_error(format!(
            "list expected at most 1 argument, got {}",
            args.len()
        ))),
    }
}

/// `list.__init__(self, iterable=())`: replaces the contents.
fn list_init(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let target = this(args)?;
    let Value::List(fresh) = list_new(vm, &args[1..], kw)? else {
        return Ok(Value::None);
    };
    let items = std::mem::take(&mut *fresh.borrow_mut());
    *target.borrow_mut() = items;
    Ok(Value::None)
}

fn append(_vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    no_kw("list.append", kw)?;
    nargs("list.append", args, 1, 1)?;
    this(args)?.borrow_mut().push(arg(args, 1));
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    no_kw("list.extend", kw)?;
    nargs("list.extend", args, 1, 1)?;
    let items = vm.collect(&args[1])?;
    this(args)?.borrow_mut().extend(items);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    no_kw("list.insert", kw)?;
    if args.len() != 3 {
        return Err(type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let i = vm.index_value(&args[1])?;
    let l = this(args)?;
    let len = l.borrow().len() as i64;
    let pos = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.borrow_mut().insert(pos as usize, args[2].clone());
    Ok(Value::None)
}

/// Position of the first item equal to `x` in `[start, stop)`.
fn find(
    vm: &mut Vm,
    l: &Rc<RefCell<Vec<Value>>>,
    x: &Value,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    let mut i = start;
    // Re-reads the length each time: `__eq__` may shrink the list.
    while i < stop.min(l.borrow().len()) {
        let item = l.borrow()[i].clone();
        if item.is(x) || vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    no_kw("list.remove", kw)?;
    nargs("list.remove", args, 1, 1)?;
    let l = this(args)?;
    match find(vm, &l, &args[1], 0, usize::MAX)? {
        Some(i) => {
            // `__eq__` may have shrunk the list meanwhile.
            let removed = {
                let mut live = l.borrow_mut();
                (i < live.len()).then(|| live.remove(i))
            };
            drop(removed);
            Ok(Value::None)
        }
        None => Err(value_error("list.remove(x): x not in list")),
    }
}

fn pop(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    no_kw("pop", kw)?;
    nargs("pop", args, 0, 1)?;
    let l = this(args)?;
    let i = match args.get(1) {
        Some(v) => vm.index_value(v)?,
        None => -1,
    };
    let len = l.borrow().len();
    if len == 0 {
        return Err(index_error("pop from empty list"));
    }
    let i = norm_index(i, len).ok_or_else(|| index_error("pop index out of range"))?;
    let v = l.borrow_mut().remove(i);
    Ok(v)
}

fn clear(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let old = std::mem::take(&mut *this(args)?.borrow_mut());
    drop(old);
    Ok(Value::None)
}

/// `start`/`stop` arguments of index(), clamped like slice bounds.
pub fn bounds(vm: &mut Vm, args: &[Value], first: usize, len: usize) -> PyResult<(usize, usize)> {
    let clamp = |i: i64| -> usize {
        if i < 0 {
            (i + len as i64).max(0) as usize
        } else {
            (i as usize).min(len)
        }
    };
    let start = match args.get(first) {
        Some(v) => clamp(vm.index_value(v)?),
        None => 0,
    };
    let stop = match args.get(first + 1) {
        Some(v) => clamp(vm.index_value(v)?),
        None => len,
    };
    Ok((start, stop))
}

fn index(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    no_kw("index", kw)?;
    nargs("index", args, 1, 3)?;
    let l = this(args)?;
    let len = l.borrow().len();
    let (start, stop) = bounds(vm, args, 2, len)?;
    match find(vm, &l, &args[1], start, stop)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error(format!(
            "{} is not in list",
            vm.repr(&args[1])?
        ))),
    }
}

fn count(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    no_kw("list.count", kw)?;
    nargs("list.count", args, 1, 1)?;
    let items = this(args)?.borrow().clone();
    let mut n = 0;
    for item in &items {
        if item.is(&args[1]) || vm.eq(item, &args[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn copy(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::list(this(args)?.borrow().clone()))
}

fn reverse(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    this(args)?.borrow_mut().reverse();
    Ok(Value::None)
}

/// Stable sort of (key, item) pairs by `vm.less_than` on keys, stopping at
/// the first comparison error. It follows CPython's timsort structure
/// (natural runs, binary insertion up to `minrun`, merges that keep the
/// run-stack invariants), so lists shorter than 64 items see exactly the
/// comparisons CPython makes; merges do not gallop.
pub fn merge_sort(vm: &mut Vm, mut v: Vec<(Value, Value)>) -> PyResult<Vec<(Value, Value)>> {
    let n = v.len();
    if n < 2 {
        return Ok(v);
    }
    let minrun = compute_minrun(n);
    // (start, len) of pending runs.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut lo = 0;
    while lo < n {
        let (mut len, descending) = count_run(vm, &v[lo..])?;
        if descending {
            v[lo..lo + len].reverse();
        }
        if len < minrun {
            let force = minrun.min(n - lo);
            binary_insertion(vm, &mut v[lo..lo + force], len)?;
            len = force;
        }
        runs.push((lo, len));
        merge_collapse(vm, &mut v, &mut runs, false)?;
        lo += len;
    }
    merge_collapse(vm, &mut v, &mut runs, true)?;
    Ok(v)
}

fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Length of the run at the start of `v`, and whether it is strictly
/// descending.
fn count_run(vm: &mut Vm, v: &[(Value, Value)]) -> PyResult<(usize, bool)> {
    if v.len() == 1 {
        return Ok((1, false));
    }
    let descending = vm.less_than(&v[1].0, &v[0].0)?;
    let mut n = 2;
    while n < v.len() {
        if vm.less_than(&v[n].0, &v[n - 1].0)? != descending {
            break;
        }
        n += 1;
    }
    Ok((n, descending))
}

/// Sorts `v` whose first `sorted` items are already in order.
fn binary_insertion(vm: &mut Vm, v: &mut [(Value, Value)], sorted: usize) -> PyResult<()> {
    for start in sorted.max(1)..v.len() {
        let (mut l, mut r) = (0, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if vm.less_than(&v[start].0, &v[p].0)? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        v[l..=start].rotate_right(1);
    }
    Ok(())
}

/// Merges pending runs until the stack invariants hold (or, with `force`,
/// until one run remains).
fn merge_collapse(
    vm: &mut Vm,
    v: &mut [(Value, Value)],
    runs: &mut Vec<(usize, usize)>,
    force: bool,
) -> PyResult<()> {
    while runs.len() > 1 {
        let k = runs.len();
        let mut i = k - 2;
        if force {
            if i > 0 && runs[i - 1].1 < runs[i + 1].1 {
                i -= 1;
            }
        } else if (i > 0 && runs[i - 1].1 <= runs[i].1 + runs[i + 1].1)
            || (i > 1 && runs[i - 2].1 <= runs[i - 1].1 + runs[i].1)
        {
            if runs[i - 1].1 < runs[i + 1].1 {
                i -= 1;
            }
        } else if runs[i].1 > runs[i + 1].1 {
            break;
        }
        let (a, alen) = runs[i];
        let blen = runs[i + 1].1;
        merge_at(vm, &mut v[a..a + alen + blen], alen)?;
        runs[i] = (a, alen + blen);
        runs.remove(i + 1);
    }
    Ok(())
}

/// Stable merge of `v[..mid]` and `v[mid..]`, both sorted.
fn merge_at(vm: &mut Vm, v: &mut [(Value, Value)], mid: usize) -> PyResult<()> {
    let right = v[mid..].to_vec();
    let left = v[..mid].to_vec();
    let (mut i, mut j, mut k) = (0, 0, 0);
    while i < left.len() && j < right.len() {
        // Take from the right only when strictly smaller: keeps stability.
        match vm.less_than(&right[j].0, &left[i].0) {
            Ok(true) => {
                v[k] = right[j].clone();
                j += 1;
            }
            Ok(false) => {
                v[k] = left[i].clone();
                i += 1;
            }
            Err(e) => {
                // Leave every item in place exactly once.
                v[k..k + left.len() - i].clone_from_slice(&left[i..]);
                return Err(e);
            }
        }
        k += 1;
    }
    v[k..k + left.len() - i].clone_from_slice(&left[i..]);
    Ok(())
}

/// Sorts values with an optional key function and reverse flag.
pub fn sort_values(
    vm: &mut Vm,
    items: Vec<Value>,
    key: &Value,
    reverse: bool,
) -> PyResult<Vec<Value>> {
    let mut pairs = Vec::with_capacity(items.len());
    for item in items {
        let k = if key.is_none() {
            item.clone()
        } else {
            vm.call_one(key, item.clone())?
        };
        pairs.push((k, item));
    }
    // Reverse before and after so equal items keep their order, as CPython.
    if reverse {
        pairs.reverse();
    }
    let mut sorted = merge_sort(vm, pairs)?;
    if reverse {
        sorted.reverse();
    }
    Ok(sorted.into_iter().map(|(_, v)| v).collect())
}

fn sort(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let mut key = Value::None;
    let mut reverse = false;
    for (k, v) in kw {
        match k.as_str() {
            "key" => key = v.clone(),
            // An int flag, as CPython parses it.
            "reverse" => reverse = vm.index_value(v)? != 0,
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for sort()"
                )));
            }
        }
    }
    let l = this(args)?;
    // The list looks empty while sorting, as in CPython.
    let items = std::mem::take(&mut *l.borrow_mut());
    let result = sort_values(vm, items.clone(), &key, reverse);
    let modified = !l.borrow().is_empty();
    match result {
        Ok(sorted) => {
            *l.borrow_mut() = sorted;
            if modified {
                return Err(value_error("list modified during sort"));
            }
        }
        Err(e) => {
            *l.borrow_mut() = items;
            return Err(e);
        }
    }
    Ok(Value::None)
}

fn len(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::Int(this(args)?.borrow().len() as i64))
}

pub fn dunder_contains(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    nargs("__contains__", args, 1, 1)?;
    Ok(Value::Bool(vm.contains(&args[0], &args[1])?))
}

pub fn dunder_iter(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    vm.get_iter(&arg(args, 0))
}

pub fn dunder_getitem(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    nargs("__getitem__", args, 1, 1)?;
    vm.get_item(&args[0], &args[1])
}

pub fn dunder_setitem(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(type_error(format!(
            "expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    vm.set_item(&args[0], args[1].clone(), args[2].clone())?;
    Ok(Value::None)
}

pub fn dunder_delitem(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    nargs("__delitem__", args, 1, 1)?;
    vm.del_item(&args[0], &args[1])?;
    Ok(Value::None)
}

pub fn dunder_len(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::Int(vm.len(&arg(args, 0))? as i64))
}

pub fn dunder_reversed(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    super::iterators::reversed_of(vm, &arg(args, 0))
}

pub fn register(vm: &mut Vm) {
    let c = vm.types.list.clone();
    vm.add_method(&c, "__new__", list_new);
    vm.add_method(&c, "__init__", list_init);
    vm.add_method(&c, "append", append);
    vm.add_method(&c, "extend", extend);
    vm.add_method(&c, "insert", insert);
    vm.add_method(&c, "remove", remove);
    vm.add_method(&c, "pop", pop);
    vm.add_method(&c, "clear", clear);
    vm.add_method(&c, "index", index);
    vm.add_method(&c, "count", count);
    vm.add_method(&c, "sort", sort);
    vm.add_method(&c, "copy", copy);
    vm.add_method(&c, "reverse", reverse);
    vm.add_method(&c, "__len__", len);
    vm.add_method(&c, "__contains__", dunder_contains);
    vm.add_method(&c, "__iter__", dunder_iter);
    vm.add_method(&c, "__getitem__", dunder_getitem);
    vm.add_method(&c, "__setitem__", dunder_setitem);
    vm.add_method(&c, "__delitem__", dunder_delitem);
    vm.add_method(&c, "__reversed__", dunder_reversed);
}
