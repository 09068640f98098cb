//! Placeholder: sequence, set and dict operators live in branch
//! `containers`; the merge takes that version.

use crate::ast::BinOp;
use crate::error::PyResult;
use crate::value::Value;
use crate::vm::Vm;

pub fn container_binop(
    _vm: &mut Vm,
    _a: &Value,
    _b: &Value,
    _op: BinOp,
) -> PyResult<Option<Value>> {
    Ok(None)
}

pub fn inplace_container(
    _vm: &mut Vm,
    _a: &Value,
    _b: &Value,
    _op: BinOp,
) -> PyResult<Option<Value>> {
    Ok(None)
}
