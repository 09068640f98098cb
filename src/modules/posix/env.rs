//! The process environment: `environ` (as a snapshot dict that `os.pp`
//! wraps in a write-through mapping), `putenv`, `unsetenv`.

use crate::object::Dict;
use crate::vm::Vm;

pub fn register(_vm: &mut Vm, _d: &mut Dict) {}
