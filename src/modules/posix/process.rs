//! Processes: `fork`, `wait`/`waitpid` and the status macros, `_exit`,
//! `kill`, process groups and sessions, `exec*`, `system`, `times`, ids.

use super::add_functions;
use crate::builtins::args::{arity, no_kwargs};
use crate::error::PyResult;
use crate::object::Dict;
use crate::value::{Str, Value};
use crate::vm::Vm;

pub fn register(vm: &Vm, d: &mut Dict) {
    add_functions(vm, d, &[("getpid", getpid), ("getppid", getppid)]);
}

fn getpid(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("getpid", kwargs)?;
    arity("getpid", args, 0, 0)?;
    Ok(Value::Int(nix::unistd::getpid().as_raw() as i64))
}

fn getppid(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("getppid", kwargs)?;
    arity("getppid", args, 0, 0)?;
    Ok(Value::Int(nix::unistd::getppid().as_raw() as i64))
}
