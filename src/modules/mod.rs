//! Native modules written in Rust, created on first import.

pub mod math;
pub mod random_core;
pub mod sys;
pub mod time;

use crate::error::PyResult;
use crate::value::{Str, Value};
use crate::vm::Vm;

/// Creates the native module `name`, or None if there is no such module.
pub fn native_module(vm: &mut Vm, name: &str) -> PyResult<Option<Value>> {
    Ok(match name {
        "sys" => Some(sys::create(vm)),
        "math" => Some(math::create(vm)),
        "time" => Some(time::create(vm)),
        _ => None,
    })
}

/// Attributes of objects owned by native modules.
pub fn native_object_attr(_vm: &mut Vm, _obj: &Value, _name: &Str) -> PyResult<Option<Value>> {
    Ok(None)
}
