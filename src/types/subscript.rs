//! Indexing and slicing of the built-in sequences and user `__getitem__`.

use crate::error::{PyResult, type_error};
use crate::value::Value;
use crate::vm::Vm;

pub fn get_item(vm: &mut Vm, container: &Value, _key: &Value) -> PyResult<Value> {
    Err(type_error(format!(
        "'{}' object is not subscriptable",
        vm.type_name(container)
    )))
}

pub fn set_item(vm: &mut Vm, container: &Value, _key: Value, _value: Value) -> PyResult<()> {
    Err(type_error(format!(
        "'{}' object does not support item assignment",
        vm.type_name(container)
    )))
}

pub fn del_item(vm: &mut Vm, container: &Value, _key: &Value) -> PyResult<()> {
    Err(type_error(format!(
        "'{}' object does not support item deletion",
        vm.type_name(container)
    )))
}
