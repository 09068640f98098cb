//! Paths and directories: `chdir`, `getcwd`, `umask`, `remove`/`unlink`,
//! `rename`, `mkdir`, `rmdir`, `listdir`, `stat`.

use super::{add_functions, path_arg};
use crate::builtins::args::{arity, no_kwargs};
use crate::error::PyResult;
use crate::object::Dict;
use crate::value::{Str, Value};
use crate::vm::Vm;

pub fn register(vm: &mut Vm, d: &mut Dict) {
    add_functions(vm, d, &[("remove", remove), ("unlink", unlink)]);
}

fn remove(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    unlink_as("remove", vm, args, kwargs)
}

fn unlink(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    unlink_as("unlink", vm, args, kwargs)
}

/// `os.remove(path)` / `os.unlink(path)`.
fn unlink_as(fname: &str, vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs(fname, kwargs)?;
    arity(fname, args, 1, 1)?;
    let path = path_arg(vm, &args[0], fname, "path")?;
    nix::unistd::unlink(path.as_c_str()).map_err(|e| super::errno_error(e, Some(&args[0])))?;
    Ok(Value::None)
}
