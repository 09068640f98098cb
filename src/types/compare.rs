//! Comparisons between built-in values (numbers across int/float/bool,
//! strings, bytes, and lexicographic sequences, set inclusion).

use crate::ast::CmpOp;
use crate::error::PyResult;
use crate::object::SetData;
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::FromPrimitive;
use std::cmp::Ordering;
use std::rc::Rc;

/// `Ok(Some(result))` for built-in operands it knows (op is Eq, NotEq, Lt,
/// LtE, Gt or GtE); `Ok(None)` to let the VM try dunder methods.
pub fn builtin_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    use Value::{
        ByteArray, Bytes, Dict, FrozenSet, Instance, List, Object, Range, Set, Str, Tuple,
    };
    if matches!(a, Instance(_) | Object(_)) || matches!(b, Instance(_) | Object(_)) {
        return Ok(None);
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return Ok(Some(match num_cmp(&x, &y) {
            Some(ord) => apply(ord, op),
            // NaN: unordered, only != holds.
            None => op == CmpOp::NotEq,
        }));
    }
    let ord = match (a, b) {
        (Str(x), Str(y)) => x.as_str().cmp(y.as_str()),
        (Bytes(_) | ByteArray(_), Bytes(_) | ByteArray(_)) => bytes_of(a).cmp(&bytes_of(b)),
        (Tuple(x), Tuple(y)) => return seq_compare(vm, x, y, op),
        (Value::Slice(x), Value::Slice(y)) => {
            let xs = [x.start.clone(), x.stop.clone(), x.step.clone()];
            let ys = [y.start.clone(), y.stop.clone(), y.step.clone()];
            return seq_compare(vm, &xs, &ys, op);
        }
        (List(x), List(y)) => {
            // Cloned: element comparisons may mutate either list.
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            return seq_compare(vm, &x, &y, op);
        }
        (Set(_) | FrozenSet(_), Set(_) | FrozenSet(_)) => {
            return set_compare(vm, a, b, op).map(Some);
        }
        (Dict(_), Dict(_)) => {
            return match op {
                CmpOp::Eq => dict_eq(vm, a, b).map(Some),
                CmpOp::NotEq => dict_eq(vm, a, b).map(|r| Some(!r)),
                _ => Ok(None),
            };
        }
        (Value::BoundMethod(x), Value::BoundMethod(y)) => {
            // Equal when they wrap the same function bound to the same
            // object (identity of `__self__`, as CPython 3.8+).
            let same = x.func.is(&y.func) && x.receiver.is(&y.receiver);
            return Ok(match op {
                CmpOp::Eq => Some(same),
                CmpOp::NotEq => Some(!same),
                _ => None,
            });
        }
        (Range(x), Range(y)) => {
            let same = range_eq(x, y);
            return Ok(match op {
                CmpOp::Eq => Some(same),
                CmpOp::NotEq => Some(!same),
                _ => None,
            });
        }
        _ => {
            // Mismatched or unorderable built-ins: identity for ==/!=,
            // and the VM raises for orderings.
            return Ok(match op {
                CmpOp::Eq => Some(a.is(b)),
                CmpOp::NotEq => Some(!a.is(b)),
                _ => None,
            });
        }
    };
    Ok(Some(apply(ord, op)))
}

fn apply(ord: Ordering, op: CmpOp) -> bool {
    match op {
        CmpOp::Eq => ord == Ordering::Equal,
        CmpOp::NotEq => ord != Ordering::Equal,
        CmpOp::Lt => ord == Ordering::Less,
        CmpOp::LtE => ord != Ordering::Greater,
        CmpOp::Gt => ord == Ordering::Greater,
        CmpOp::GtE => ord != Ordering::Less,
        _ => false,
    }
}

enum Num {
    Int(BigInt),
    Small(i64),
    Float(f64),
}

fn as_num(v: &Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::Small(*i)),
        Value::Bool(b) => Some(Num::Small(*b as i64)),
        Value::BigInt(b) => Some(Num::Int((**b).clone())),
        Value::Float(f) => Some(Num::Float(*f)),
        _ => None,
    }
}

/// Exact ordering of two numbers; None when a NaN is involved.
fn num_cmp(a: &Num, b: &Num) -> Option<Ordering> {
    match (a, b) {
        (Num::Small(x), Num::Small(y)) => Some(x.cmp(y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(y),
        (Num::Float(x), other) => int_float_cmp(&to_big(other), *x).map(Ordering::reverse),
        (other, Num::Float(y)) => int_float_cmp(&to_big(other), *y),
        (x, y) => Some(to_big(x).cmp(&to_big(y))),
    }
}

fn to_big(n: &Num) -> BigInt {
    match n {
        Num::Small(i) => BigInt::from(*i),
        Num::Int(b) => b.clone(),
        Num::Float(_) => BigInt::from(0),
    }
}

/// Compares an integer with a float without rounding the integer.
fn int_float_cmp(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let floor = f.floor();
    let fl = BigInt::from_f64(floor)?;
    Some(match i.cmp(&fl) {
        Ordering::Equal if floor != f => Ordering::Less,
        ord => ord,
    })
}

fn bytes_of(v: &Value) -> Vec<u8> {
    match v {
        Value::Bytes(b) => b.to_vec(),
        Value::ByteArray(b) => b.borrow().clone(),
        _ => Vec::new(),
    }
}

/// Lexicographic comparison: the first pair that is not equal decides.
fn seq_compare(vm: &mut Vm, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<Option<bool>> {
    for (p, q) in x.iter().zip(y.iter()) {
        if p.is(q) || vm.eq(p, q)? {
            continue;
        }
        return Ok(Some(match op {
            CmpOp::Eq => false,
            CmpOp::NotEq => true,
            _ => {
                let r = vm.compare(p, q, op)?;
                vm.truthy(&r)?
            }
        }));
    }
    Ok(Some(apply(x.len().cmp(&y.len()), op)))
}

pub fn set_data(v: &Value) -> Option<Rc<SetData>> {
    match v {
        Value::Set(s) => Some(Rc::new(s.borrow().clone())),
        Value::FrozenSet(s) => Some(s.clone()),
        _ => None,
    }
}

/// Every member of `a` is in `b`.
pub fn is_subset(vm: &mut Vm, a: &SetData, b: &SetData) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    let items: Vec<Value> = a.map.keys().map(|k| k.key.clone()).collect();
    for item in items {
        if !vm.set_contains(b, &item)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<bool> {
    let (Some(x), Some(y)) = (set_data(a), set_data(b)) else {
        return Ok(false);
    };
    Ok(match op {
        CmpOp::Eq => x.len() == y.len() && is_subset(vm, &x, &y)?,
        CmpOp::NotEq => !(x.len() == y.len() && is_subset(vm, &x, &y)?),
        CmpOp::LtE => is_subset(vm, &x, &y)?,
        CmpOp::Lt => x.len() < y.len() && is_subset(vm, &x, &y)?,
        CmpOp::GtE => is_subset(vm, &y, &x)?,
        CmpOp::Gt => y.len() < x.len() && is_subset(vm, &y, &x)?,
        _ => false,
    })
}

fn dict_eq(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let (Value::Dict(x), Value::Dict(y)) = (a, b) else {
        return Ok(false);
    };
    if x.borrow().len() != y.borrow().len() {
        return Ok(false);
    }
    let pairs: Vec<(Value, Value)> = x
        .borrow()
        .iter()
        .map(|(k, v)| (k.key.clone(), v.clone()))
        .collect();
    let y = y.clone();
    for (k, v) in pairs {
        match vm.dict_get(&y, &k)? {
            Some(w) if w.is(&v) || vm.eq(&v, &w)? => {}
            _ => return Ok(false),
        }
    }
    Ok(true)
}

/// Ranges are equal when they produce the same numbers.
fn range_eq(x: &crate::object::Range, y: &crate::object::Range) -> bool {
    let n = x.len();
    if n != y.len() {
        return false;
    }
    n == 0 || (x.start == y.start && (n == 1 || x.step == y.step))
}
