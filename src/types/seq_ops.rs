//! Operators on containers: concatenation and repetition of sequences,
//! set algebra and dict merge. `arith::builtin_binop` calls
//! `container_binop` first; the VM calls `inplace_container` for
//! `s |= t` and `d |= e`.

use crate::ast::BinOp;
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::{Dict, SetData};
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// Largest number of items a repetition may build before MemoryError.
const MAX_ITEMS: usize = 1 << 32;

pub fn container_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    use Value as V;
    Ok(match (op, a, b) {
        (BinOp::Add, V::List(x), V::List(y)) => {
            let mut out = x.borrow().clone();
            out.extend(y.borrow().iter().cloned());
            Some(Value::list(out))
        }
        (BinOp::Add, V::Tuple(x), V::Tuple(y)) => {
            Some(Value::tuple(x.iter().chain(y.iter()).cloned().collect()))
        }
        (BinOp::Add, V::Str(x), V::Str(y)) => {
            Some(Value::string(format!("{}{}", x.as_str(), y.as_str())))
        }
        (BinOp::Add, V::Bytes(_) | V::ByteArray(_), V::Bytes(_) | V::ByteArray(_)) => {
            let mut out = bytes_of(a);
            out.extend(bytes_of(b));
            Some(match a {
                V::ByteArray(_) => Value::ByteArray(Rc::new(RefCell::new(out))),
                _ => Value::bytes(out),
            })
        }
        (BinOp::Mul, seq, n) | (BinOp::Mul, n, seq) if is_seq(seq) && is_count(n) => {
            let n = count(vm, n)?;
            Some(repeat(seq, n)?)
        }
        (
            BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor,
            V::Set(_) | V::FrozenSet(_),
            V::Set(_) | V::FrozenSet(_),
        ) => {
            let data = set_op(vm, a, b, op)?;
            Some(match a {
                V::Set(_) => Value::Set(Rc::new(RefCell::new(data))),
                _ => Value::FrozenSet(Rc::new(data)),
            })
        }
        (BinOp::BitOr, V::Dict(x), V::Dict(_)) => {
            let out = Value::dict(x.borrow().clone());
            vm.dict_update_from(&out, b, None)?;
            Some(out)
        }
        _ => None,
    })
}

/// In-place operators on mutable containers (`s |= t`, `d |= e`):
/// mutate `a` and return it; `Ok(None)` when the operand does not fit.
pub fn inplace_container(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    match (a, b) {
        (Value::Set(s), Value::Set(_) | Value::FrozenSet(_)) => {
            let data = set_op(vm, a, b, op)?;
            *s.borrow_mut() = data;
            Ok(Some(a.clone()))
        }
        (Value::Dict(_), _) if op == BinOp::BitOr => {
            super::dict::update_from(vm, a, b)?;
            Ok(Some(a.clone()))
        }
        _ => Ok(None),
    }
}

fn is_seq(v: &Value) -> bool {
    matches!(
        v,
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Bytes(_) | Value::ByteArray(_)
    )
}

fn is_count(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::BigInt(_))
}

fn count(vm: &mut Vm, n: &Value) -> PyResult<usize> {
    match n {
        Value::BigInt(b) if num_traits::Signed::is_negative(&**b) => Ok(0),
        Value::BigInt(_) => Err(PyErr::new(
            ExcKind::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        )),
        _ => Ok(vm.index_value(n)?.max(0) as usize),
    }
}

fn repeat(seq: &Value, n: usize) -> PyResult<Value> {
    let len = match seq {
        Value::List(l) => l.borrow().len(),
        Value::Tuple(t) => t.len(),
        Value::Str(s) => s.as_str().len(),
        Value::Bytes(b) => b.len(),
        Value::ByteArray(b) => b.borrow().len(),
        _ => 0,
    };
    if len.saturating_mul(n) > MAX_ITEMS {
        return Err(PyErr::with_args(ExcKind::MemoryError, vec![]));
    }
    Ok(match seq {
        Value::List(l) => Value::list(repeat_vec(&l.borrow(), n)),
        Value::Tuple(t) => {
            if n == 1 {
                return Ok(seq.clone());
            }
            Value::tuple(repeat_vec(t, n))
        }
        Value::Str(s) => Value::string(s.as_str().repeat(n)),
        Value::Bytes(b) => Value::bytes(b.repeat(n)),
        Value::ByteArray(b) => Value::ByteArray(Rc::new(RefCell::new(b.borrow().repeat(n)))),
        _ => seq.clone(),
    })
}

fn bytes_of(v: &Value) -> Vec<u8> {
    match v {
        Value::Bytes(b) => b.to_vec(),
        Value::ByteArray(b) => b.borrow().clone(),
        _ => Vec::new(),
    }
}

/// Members of a set value, cloned out.
pub fn members(v: &Value) -> Vec<Value> {
    match v {
        Value::Set(s) => s.borrow().ordered_keys(),
        Value::FrozenSet(s) => s.ordered_keys(),
        _ => Vec::new(),
    }
}

/// `a op b` on two sets, as fresh storage (left operand's order first).
pub fn set_op(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<SetData> {
    let (Some(x), Some(y)) = (super::compare::set_data(a), super::compare::set_data(b)) else {
        return Ok(SetData::new());
    };
    let mut out = SetData::new();
    match op {
        BinOp::BitOr => {
            for v in members(a).into_iter().chain(members(b)) {
                vm.set_data_add(&mut out, v)?;
            }
        }
        BinOp::BitAnd => {
            for v in members(a) {
                if vm.set_contains(&y, &v)? {
                    vm.set_data_add(&mut out, v)?;
                }
            }
        }
        BinOp::Sub => {
            for v in members(a) {
                if !vm.set_contains(&y, &v)? {
                    vm.set_data_add(&mut out, v)?;
                }
            }
        }
        _ => {
            for v in members(a) {
                if !vm.set_contains(&y, &v)? {
                    vm.set_data_add(&mut out, v)?;
                }
            }
            for v in members(b) {
                if !vm.set_contains(&x, &v)? {
                    vm.set_data_add(&mut out, v)?;
                }
            }
        }
    }
    Ok(out)
}

/// A dict with the same items, for `dict | dict`.
pub fn dict_copy(d: &Rc<RefCell<Dict>>) -> Value {
    Value::dict(d.borrow().clone())
}

fn repeat_vec(items: &[Value], n: usize) -> Vec<Value> {
    let mut out = Vec::with_capacity(items.len() * n);
    for _ in 0..n {
        out.extend(items.iter().cloned());
    }
    out
}
