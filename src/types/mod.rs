//! The built-in types: one file per type holds its methods and
//! constructor; shared operator tables live in `arith`, `compare` and
//! `subscript`.

pub mod arith;
pub mod attrs;
pub mod bool;
pub mod bytes;
pub mod compare;
#[cfg(test)]
mod containers_tests;
pub mod dict;
pub mod dictview;
pub mod exceptions;
pub mod iterators;
pub mod list;
pub mod range;
pub mod seq_ops;
pub mod set;
pub mod tuple;
pub mod repr;
pub mod str;
pub mod subscript;
pub mod formatting;
pub mod generator;
pub mod descriptors;
pub mod float;
pub mod int;
pub mod object;
pub mod operator_methods;
pub mod superobj;

use crate::vm::Vm;

/// Fills every built-in class's namespace with its methods.
pub fn register_all(vm: &mut Vm) {
    exceptions::register(vm);
    generator::register(vm);
    str::register(vm);
    bytes::register(vm);
    iterators::register(vm);
    dictview::register(vm);
    list::register(vm);
    dict::register(vm);
    tuple::register(vm);
    range::register(vm);
    set::register(vm);
    int::register(vm);
    float::register(vm);
    bool::register(vm);
    object::register(vm);
    descriptors::register(vm);
    // Last: only fills in operators a type's own file did not define.
    operator_methods::register(vm);
}
