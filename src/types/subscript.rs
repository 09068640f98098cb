//! Indexing and slicing of the built-in sequences and user `__getitem__`.

use crate::error::{ExcKind, PyErr, PyResult, index_error, type_error, value_error};
use crate::object::{Range, Slice};
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::protocol::norm_index;
use num_traits::Signed;
use std::rc::Rc;

/// How a key selects items: one position or a slice.
enum Key {
    Index(i64),
    Slice(Rc<Slice>),
}

/// Ints, bools and objects with `__index__` can index sequences.
fn is_index_like(vm: &Vm, key: &Value) -> bool {
    match key {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => true,
        Value::Instance(_) => vm.type_of(key).lookup(&vm.names.index).is_some(),
        _ => false,
    }
}

/// Classifies a key, or `None` when it is neither an index nor a slice.
fn classify(vm: &mut Vm, key: &Value) -> PyResult<Option<Key>> {
    if let Value::Slice(s) = key {
        return Ok(Some(Key::Slice(s.clone())));
    }
    if is_index_like(vm, key) {
        return Ok(Some(Key::Index(vm.index_value(key)?)));
    }
    Ok(None)
}

/// One bound of a slice: None, or an integer clamped to i64 (CPython
/// clamps to Py_ssize_t the same way, so `l[:2**70]` works).
fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::None => Ok(None),
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::BigInt(b) => Ok(Some(if b.is_negative() { i64::MIN } else { i64::MAX })),
        Value::Instance(_) if is_index_like(vm, v) => {
            let name = vm.names.index.clone();
            match vm.call_special(v, &name, vec![])? {
                Some(r) => slice_bound(vm, &r),
                None => Ok(None),
            }
        }
        _ => Err(type_error(
            "slice indices must be integers or None or have an __index__ method",
        )),
    }
}

/// `(start, stop, step)` of a slice applied to a sequence of `len` items,
/// with CPython's PySlice_Unpack + PySlice_AdjustIndices semantics.
pub fn slice_indices(vm: &mut Vm, slice: &Slice, len: usize) -> PyResult<(i64, i64, i64)> {
    let len = len as i64;
    let step = match slice_bound(vm, &slice.step)? {
        None => 1,
        Some(0) => return Err(value_error("slice step cannot be zero")),
        // Keep -step representable.
        Some(s) => s.max(-i64::MAX),
    };
    let start = slice_bound(vm, &slice.start)?;
    let stop = slice_bound(vm, &slice.stop)?;
    let adjust = |v: Option<i64>, default_neg: i64, default_pos: i64| -> i64 {
        match v {
            None => {
                if step < 0 {
                    default_neg
                } else {
                    default_pos
                }
            }
            Some(mut i) => {
                if i < 0 {
                    i = i.saturating_add(len);
                    if i < 0 {
                        i = if step < 0 { -1 } else { 0 };
                    }
                } else if i >= len {
                    i = if step < 0 { len - 1 } else { len };
                }
                i
            }
        }
    };
    let start = adjust(start, len - 1, 0);
    let stop = adjust(stop, -1, len);
    Ok((start, stop, step))
}

/// Number of items a normalized slice selects.
pub fn slice_len(start: i64, stop: i64, step: i64) -> usize {
    if step < 0 {
        if stop < start {
            ((start - stop - 1) / (-step) + 1) as usize
        } else {
            0
        }
    } else if start < stop {
        ((stop - start - 1) / step + 1) as usize
    } else {
        0
    }
}

/// The positions a slice selects, in slice order.
fn slice_positions(vm: &mut Vm, slice: &Slice, len: usize) -> PyResult<Vec<usize>> {
    let (start, stop, step) = slice_indices(vm, slice, len)?;
    let n = slice_len(start, stop, step);
    Ok((0..n as i64).map(|k| (start + k * step) as usize).collect())
}

fn pick<T: Clone>(items: &[T], positions: &[usize]) -> Vec<T> {
    positions
        .iter()
        .filter_map(|&i| items.get(i).cloned())
        .collect()
}

pub fn get_item(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<Value> {
    match container {
        Value::List(_)
        | Value::Tuple(_)
        | Value::Str(_)
        | Value::Bytes(_)
        | Value::ByteArray(_)
        | Value::Range(_) => {
            let Some(k) = classify(vm, key)? else {
                return Err(bad_index_type(vm, container, key));
            };
            match k {
                Key::Index(i) => get_index(vm, container, i),
                Key::Slice(s) => get_slice(vm, container, &s),
            }
        }
        Value::Instance(_) | Value::Object(_) => {
            let name = vm.names.getitem.clone();
            let cls = vm.type_of(container);
            let inner = crate::object::class::builtin_payload(container);
            match (cls.lookup(&name), inner) {
                // dict's own lookup on a subclass instance: a missing key
                // goes to the subclass's `__missing__`.
                (Some(Value::Native(_)) | None, Some(inner @ Value::Dict(_))) => {
                    match vm.get_item(&inner, key) {
                        Err(e) if e.lazy_kind() == Some(ExcKind::KeyError) => {
                            let missing = crate::value::intern("__missing__");
                            match vm.call_special(container, &missing, vec![key.clone()])? {
                                Some(v) => Ok(v),
                                None => Err(e),
                            }
                        }
                        r => r,
                    }
                }
                (Some(Value::Native(_)) | None, Some(inner)) => vm.get_item(&inner, key),
                _ => match vm.call_special(container, &name, vec![key.clone()])? {
                    Some(v) => Ok(v),
                    None => Err(not_subscriptable(vm, container)),
                },
            }
        }
        _ => Err(not_subscriptable(vm, container)),
    }
}

fn not_subscriptable(vm: &Vm, container: &Value) -> PyErr {
    match container {
        Value::Class(c) => type_error(format!("type '{}' is not subscriptable", c.name())),
        _ => type_error(format!(
            "'{}' object is not subscriptable",
            vm.type_name(container)
        )),
    }
}

/// The TypeError for a key that is neither an index nor a slice.
fn bad_index_type(vm: &Vm, container: &Value, key: &Value) -> PyErr {
    let kt = vm.type_name(key);
    type_error(match container {
        Value::Str(_) => format!("string indices must be integers, not '{kt}'"),
        Value::Bytes(_) => format!("byte indices must be integers or slices, not {kt}"),
        other => format!(
            "{} indices must be integers or slices, not {kt}",
            vm.type_name(other)
        ),
    })
}

fn get_index(vm: &mut Vm, container: &Value, i: i64) -> PyResult<Value> {
    let _ = vm;
    match container {
        Value::List(l) => {
            let l = l.borrow();
            norm_index(i, l.len())
                .map(|i| l[i].clone())
                .ok_or_else(|| index_error("list index out of range"))
        }
        Value::Tuple(t) => norm_index(i, t.len())
            .map(|i| t[i].clone())
            .ok_or_else(|| index_error("tuple index out of range")),
        Value::Str(s) => {
            let err = || index_error("string index out of range");
            let i = norm_index(i, s.char_len()).ok_or_else(err)?;
            let c = if s.is_ascii() {
                s.as_str().as_bytes()[i] as char
            } else {
                s.as_str().chars().nth(i).ok_or_else(err)?
            };
            Ok(Value::string(c.to_string()))
        }
        Value::Bytes(b) => norm_index(i, b.len())
            .map(|i| Value::Int(b[i] as i64))
            .ok_or_else(|| index_error("index out of range")),
        Value::ByteArray(b) => {
            let b = b.borrow();
            norm_index(i, b.len())
                .map(|i| Value::Int(b[i] as i64))
                .ok_or_else(|| index_error("bytearray index out of range"))
        }
        Value::Range(r) => norm_index(i, r.len().max(0) as usize)
            .map(|i| Value::Int(r.get(i as i64)))
            .ok_or_else(|| index_error("range object index out of range")),
        _ => Err(not_subscriptable(vm, container)),
    }
}

fn get_slice(vm: &mut Vm, container: &Value, s: &Slice) -> PyResult<Value> {
    match container {
        Value::List(l) => {
            let len = l.borrow().len();
            let pos = slice_positions(vm, s, len)?;
            Ok(Value::list(pick(&l.borrow(), &pos)))
        }
        Value::Tuple(t) => {
            let pos = slice_positions(vm, s, t.len())?;
            if pos.len() == t.len() && pos.first() == Some(&0) && s.step.is_none() {
                // A full slice of a tuple is the tuple itself, as in CPython.
                return Ok(container.clone());
            }
            Ok(Value::tuple(pick(t, &pos)))
        }
        Value::Str(st) => {
            let pos = slice_positions(vm, s, st.char_len())?;
            let out: String = if st.is_ascii() {
                let b = st.as_str().as_bytes();
                pos.iter().map(|&i| b[i] as char).collect()
            } else {
                let chars: Vec<char> = st.as_str().chars().collect();
                pick(&chars, &pos).into_iter().collect()
            };
            Ok(Value::string(out))
        }
        Value::Bytes(b) => {
            let pos = slice_positions(vm, s, b.len())?;
            Ok(Value::bytes(pick(b, &pos)))
        }
        Value::ByteArray(b) => {
            let len = b.borrow().len();
            let pos = slice_positions(vm, s, len)?;
            let out = pick(&b.borrow(), &pos);
            Ok(Value::ByteArray(Rc::new(std::cell::RefCell::new(out))))
        }
        Value::Range(r) => range_slice(vm, r, s),
        _ => Err(not_subscriptable(vm, container)),
    }
}

/// `range[a:b:c]` is again a range.
fn range_slice(vm: &mut Vm, r: &Range, s: &Slice) -> PyResult<Value> {
    let (start, stop, step) = slice_indices(vm, s, r.len().max(0) as usize)?;
    let overflow = || {
        PyErr::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )
    };
    let at = |i: i64| i.checked_mul(r.step).and_then(|x| x.checked_add(r.start));
    Ok(Value::Range(Rc::new(Range {
        start: at(start).ok_or_else(overflow)?,
        stop: at(stop).ok_or_else(overflow)?,
        step: r.step.checked_mul(step).ok_or_else(overflow)?,
    })))
}

/// Types that have CPython's sequence slots but no item deletion: their
/// int-key deletion error says "doesn't".
fn has_sequence_slots(v: &Value) -> bool {
    matches!(
        v,
        Value::Str(_)
            | Value::Bytes(_)
            | Value::Tuple(_)
            | Value::Range(_)
            | Value::Set(_)
            | Value::FrozenSet(_)
    )
}

pub fn set_item(vm: &mut Vm, container: &Value, key: Value, value: Value) -> PyResult<()> {
    match container {
        Value::List(_) | Value::ByteArray(_) => {
            let Some(k) = classify(vm, &key)? else {
                return Err(bad_index_type(vm, container, &key));
            };
            match (container, k) {
                (Value::List(l), Key::Index(i)) => {
                    let mut l = l.borrow_mut();
                    let len = l.len();
                    let i = norm_index(i, len)
                        .ok_or_else(|| index_error("list assignment index out of range"))?;
                    l[i] = value;
                    Ok(())
                }
                (Value::List(_), Key::Slice(s)) => list_assign_slice(vm, container, &s, &value),
                (Value::ByteArray(b), Key::Index(i)) => {
                    let byte = to_byte(vm, &value)?;
                    let mut b = b.borrow_mut();
                    let len = b.len();
                    let i = norm_index(i, len)
                        .ok_or_else(|| index_error("bytearray index out of range"))?;
                    b[i] = byte;
                    Ok(())
                }
                (_, Key::Slice(s)) => bytearray_assign_slice(vm, container, &s, &value),
                _ => Ok(()),
            }
        }
        Value::Instance(_) | Value::Object(_) => {
            let name = vm.names.setitem.clone();
            let cls = vm.type_of(container);
            if let (Some(Value::Native(_)) | None, Some(inner)) = (
                cls.lookup(&name),
                crate::object::class::builtin_payload(container),
            ) {
                return vm.set_item(&inner, key, value);
            }
            match vm.call_special(container, &name, vec![key, value])? {
                Some(_) => Ok(()),
                None => Err(no_assignment(vm, container)),
            }
        }
        _ => Err(no_assignment(vm, container)),
    }
}

fn no_assignment(vm: &Vm, container: &Value) -> PyErr {
    type_error(format!(
        "'{}' object does not support item assignment",
        vm.type_name(container)
    ))
}

/// An int in range(0, 256) for storing into a bytearray.
fn to_byte(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let n = match v {
        Value::BigInt(_) => return Err(value_error("byte must be in range(0, 256)")),
        _ => vm.index_value(v)?,
    };
    u8::try_from(n).map_err(|_| value_error("byte must be in range(0, 256)"))
}

/// `l[a:b:c] = value`.
fn list_assign_slice(vm: &mut Vm, container: &Value, s: &Slice, value: &Value) -> PyResult<()> {
    let Value::List(l) = container else {
        return Ok(());
    };
    let step1 = matches!(s.step, Value::None | Value::Int(1));
    // Collected before borrowing: iterating may run Python code, and
    // `l[:] = l` must see the old contents.
    let items = vm.collect(value).map_err(|e| {
        if vm.get_iter(value).is_err() {
            type_error(if step1 {
                "can only assign an iterable"
            } else {
                "must assign iterable to extended slice"
            })
        } else {
            e
        }
    })?;
    let len = l.borrow().len();
    let (start, stop, step) = slice_indices(vm, s, len)?;
    if step == 1 {
        let start = start as usize;
        let stop = (stop.max(start as i64)) as usize;
        let mut live = l.borrow_mut();
        // `__index__` may have resized the sequence since `len` was read.
        let (start, stop) = (start.min(live.len()), stop.min(live.len()));
        live.splice(start..stop, items);
        return Ok(());
    }
    let n = slice_len(start, stop, step);
    if items.len() != n {
        return Err(value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {}",
            items.len(),
            n
        )));
    }
    let mut l = l.borrow_mut();
    for (k, item) in items.into_iter().enumerate() {
        let i = (start + k as i64 * step) as usize;
        if let Some(slot) = l.get_mut(i) {
            *slot = item;
        }
    }
    Ok(())
}

/// The bytes a bytearray slice assignment stores.
fn bytes_for_assignment(vm: &mut Vm, value: &Value) -> PyResult<Vec<u8>> {
    let bad =
        || type_error("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    match value {
        Value::Bytes(b) => Ok(b.to_vec()),
        Value::ByteArray(b) => Ok(b.borrow().clone()),
        Value::Str(_)
        | Value::Int(_)
        | Value::Bool(_)
        | Value::BigInt(_)
        | Value::Float(_)
        | Value::None => Err(bad()),
        _ => {
            if vm.get_iter(value).is_err() {
                return Err(bad());
            }
            let items = vm.collect(value)?;
            items.iter().map(|v| to_byte(vm, v)).collect()
        }
    }
}

fn bytearray_assign_slice(
    vm: &mut Vm,
    container: &Value,
    s: &Slice,
    value: &Value,
) -> PyResult<()> {
    let Value::ByteArray(b) = container else {
        return Ok(());
    };
    let data = bytes_for_assignment(vm, value)?;
    let len = b.borrow().len();
    let (start, stop, step) = slice_indices(vm, s, len)?;
    if step == 1 {
        let start = start as usize;
        let stop = (stop.max(start as i64)) as usize;
        let mut live = b.borrow_mut();
        // `__index__` may have resized the sequence since `len` was read.
        let (start, stop) = (start.min(live.len()), stop.min(live.len()));
        live.splice(start..stop, data);
        return Ok(());
    }
    let n = slice_len(start, stop, step);
    if data.len() != n {
        return Err(value_error(format!(
            "attempt to assign bytes of size {} to extended slice of size {}",
            data.len(),
            n
        )));
    }
    let mut b = b.borrow_mut();
    for (k, byte) in data.into_iter().enumerate() {
        let i = (start + k as i64 * step) as usize;
        if let Some(slot) = b.get_mut(i) {
            *slot = byte;
        }
    }
    Ok(())
}

pub fn del_item(vm: &mut Vm, container: &Value, key: &Value) -> PyResult<()> {
    match container {
        Value::List(_) | Value::ByteArray(_) => {
            let Some(k) = classify(vm, key)? else {
                return Err(bad_index_type(vm, container, key));
            };
            match (container, k) {
                (Value::List(l), Key::Index(i)) => {
                    let len = l.borrow().len();
                    let i = norm_index(i, len)
                        .ok_or_else(|| index_error("list assignment index out of range"))?;
                    // Dropped after the borrow ends: the item's destructor
                    // must not observe a borrowed list.
                    let removed = l.borrow_mut().remove(i);
                    drop(removed);
                    Ok(())
                }
                (Value::ByteArray(b), Key::Index(i)) => {
                    let len = b.borrow().len();
                    let i = norm_index(i, len)
                        .ok_or_else(|| index_error("bytearray index out of range"))?;
                    b.borrow_mut().remove(i);
                    Ok(())
                }
                (Value::List(l), Key::Slice(s)) => {
                    let len = l.borrow().len();
                    let pos = slice_positions(vm, &s, len)?;
                    let removed = remove_positions(&mut l.borrow_mut(), pos);
                    drop(removed);
                    Ok(())
                }
                (Value::ByteArray(b), Key::Slice(s)) => {
                    let len = b.borrow().len();
                    let pos = slice_positions(vm, &s, len)?;
                    remove_positions(&mut b.borrow_mut(), pos);
                    Ok(())
                }
                _ => Ok(()),
            }
        }
        Value::Instance(_) | Value::Object(_) => {
            let name = vm.names.delitem.clone();
            let cls = vm.type_of(container);
            if let (Some(Value::Native(_)) | None, Some(inner)) = (
                cls.lookup(&name),
                crate::object::class::builtin_payload(container),
            ) {
                return vm.del_item(&inner, key);
            }
            match vm.call_special(container, &name, vec![key.clone()])? {
                Some(_) => Ok(()),
                None => Err(no_deletion(vm, container, key)),
            }
        }
        _ => Err(no_deletion(vm, container, key)),
    }
}

fn no_deletion(vm: &Vm, container: &Value, key: &Value) -> PyErr {
    let verb = if has_sequence_slots(container) && is_index_like(vm, key) {
        "doesn't"
    } else {
        "does not"
    };
    type_error(format!(
        "'{}' object {} support item deletion",
        vm.type_name(container),
        verb
    ))
}

/// Removes the items at `positions` (any order), returning them so the
/// caller can drop them outside the borrow.
fn remove_positions<T>(items: &mut Vec<T>, mut positions: Vec<usize>) -> Vec<T> {
    positions.sort_unstable();
    positions.dedup();
    let mut removed = Vec::with_capacity(positions.len());
    let mut kept = Vec::with_capacity(items.len().saturating_sub(positions.len()));
    let mut next = positions.into_iter().peekable();
    for (i, item) in std::mem::take(items).into_iter().enumerate() {
        if next.peek() == Some(&i) {
            next.next();
            removed.push(item);
        } else {
            kept.push(item);
        }
    }
    *items = kept;
    removed
}
