//! Registers the general-purpose builtins, grouped one concept per file.

use crate::vm::Vm;

pub fn register(vm: &mut Vm) {
    super::numeric::register(vm);
    super::sequence::register(vm);
    super::introspect::register(vm);
}
