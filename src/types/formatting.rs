//! `format()`, `str.format` and the `%` operator, on top of `crate::format`.

use crate::error::PyResult;
use crate::value::Value;
use crate::vm::Vm;

/// `format(v, spec)`: `__format__` of instances, the mini-language for
/// built-in numbers and strings.
pub fn format_value(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    let _ = spec;
    vm.to_str(v)
}

/// Placeholder for `str % args` (written in another branch): raises
/// NotImplementedError until merged.
pub fn percent_format(_vm: &mut Vm, _fmt: &str, _args: &Value) -> PyResult<String> {
    Err(crate::error::not_implemented("str % args"))
}
