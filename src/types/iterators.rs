//! The built-in iterators' `__next__`.

use crate::error::PyResult;
use crate::object::IterState;
use crate::value::Value;
use crate::vm::Vm;
use std::cell::RefCell;

/// One step: `Ok(None)` when exhausted.
pub fn next(_vm: &mut Vm, _state: &RefCell<IterState>) -> PyResult<Option<Value>> {
    Ok(None)
}
