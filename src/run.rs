//! Running programs: source text to a finished module.

use crate::error::PyResult;
use crate::object::Dict;
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// Compiles and runs `src` in `globals`.
pub fn exec_source(
    _vm: &mut Vm,
    _src: &str,
    _filename: &str,
    _globals: Rc<RefCell<Dict>>,
) -> PyResult<()> {
    Err(crate::error::not_implemented("running source"))
}
