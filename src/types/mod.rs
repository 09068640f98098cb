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
pub mod descriptors;
pub mod dict;
pub mod dictview;
pub mod exceptions;
pub mod float;
pub mod formatting;
pub mod frame_object;
pub mod generator;
pub mod int;
pub mod iterators;
pub mod list;
pub mod object;
pub mod operator_methods;
pub mod protocol_methods;
pub mod range;
pub mod repr;
pub mod seq_ops;
pub mod set;
pub mod str;
pub mod structseq;
pub mod subscript;
pub mod superobj;
pub mod tuple;

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
    protocol_methods::register(vm);
    // Last: only fills in operators a type's own file did not define.
    operator_methods::register(vm);
}
