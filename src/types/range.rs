//! `range` is registered together with `tuple` (they share count/index
//! and the sequence dunders); see `tuple::register`.

use crate::vm::Vm;

pub fn register(vm: &mut Vm) {
    let _ = vm;
}
