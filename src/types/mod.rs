//! The built-in types: one file per type holds its methods and
//! constructor; shared operator tables live in `arith`, `compare` and
//! `subscript`.

pub mod arith;
pub mod attrs;
pub mod bool;
pub mod bytes;
pub mod compare;
pub mod descriptors;
pub mod exceptions;
pub mod float;
pub mod formatting;
pub mod int;
pub mod iterators;
pub mod object;
pub mod repr;
pub mod seq_ops;
pub mod subscript;
pub mod superobj;

use crate::vm::Vm;

/// Fills every built-in class's namespace with its methods.
pub fn register_all(vm: &mut Vm) {
    exceptions::register(vm);
    int::register(vm);
    float::register(vm);
    bool::register(vm);
    object::register(vm);
    descriptors::register(vm);
}
