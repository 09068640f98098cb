//! Comparisons between built-in values (numbers across int/float/bool,
//! strings, bytes, and lexicographic sequences, set inclusion).

use crate::ast::CmpOp;
use crate::error::PyResult;
use crate::value::Value;
use crate::vm::Vm;

/// `Ok(Some(result))` for built-in operands it knows (op is Eq, NotEq, Lt,
/// LtE, Gt or GtE); `Ok(None)` to let the VM try dunder methods.
pub fn builtin_compare(_vm: &mut Vm, _a: &Value, _b: &Value, _op: CmpOp) -> PyResult<Option<bool>> {
    Ok(None)
}
