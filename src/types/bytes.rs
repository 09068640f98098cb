//! `bytes` and `bytearray`.

use crate::error::PyResult;
use crate::value::Value;
use crate::vm::Vm;

/// `x in b` for bytes-like `b`: an int byte or a bytes-like subsequence.
pub fn contains(_vm: &mut Vm, _container: &Value, _x: &Value) -> PyResult<bool> {
    Ok(false)
}
