//! Builtins that live in modules (`Popen` is `subprocess.Popen`, `Process`
//! is `multiprocessing.Process`): the name is bound on first use, by importing its
//! module, so start-up pays nothing and the builtin is the very object the
//! module holds (`Popen is subprocess.Popen`).

use crate::error::PyResult;
use crate::value::{Str, Value};
use crate::vm::Vm;

/// Builtin name → the module that defines it.
const LAZY: &[(&str, &str)] = &[
    ("Popen", "subprocess"),
    ("Process", "multiprocessing"),
    ("Pipe", "multiprocessing"),
    ("Queue", "multiprocessing"),
    ("Semaphore", "multiprocessing"),
    ("Event", "multiprocessing"),
    ("Value", "multiprocessing"),
    ("Pool", "multiprocessing"),
];

/// The value of a lazily bound builtin, binding it now; None if `name`
/// is not one.
pub fn resolve(vm: &mut Vm, name: &Str) -> PyResult<Option<Value>> {
    let Some((_, module)) = LAZY.iter().find(|(n, _)| *n == name.as_str()) else {
        return Ok(None);
    };
    let m = vm.import_module(module)?;
    let v = vm.get_attr(&m, name)?;
    vm.builtins.borrow_mut().set_str(name.clone(), v.clone());
    Ok(Some(v))
}
