//! Heap object layouts behind `Value`'s `Rc` variants.

pub mod class;
pub mod dict;
pub mod function;
pub mod generator;
pub mod iter;
pub mod set;

pub use class::{Class, Instance, InstancePayload, Module, Property};
pub use dict::{Dict, HashKey};
pub use function::{BoundMethod, Function, NativeFn, NativeFunction};
pub use generator::Generator;
pub use iter::IterState;
pub use set::SetData;

use crate::value::Value;
use std::any::Any;

/// `range(start, stop, step)`, kept as i64 (CPython allows big ints; pyproc
/// raises OverflowError for ranges outside i64).
#[derive(Debug, Clone)]
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    pub fn len(&self) -> i64 {
        if self.step > 0 && self.start < self.stop {
            (self.stop - self.start - 1) / self.step + 1
        } else if self.step < 0 && self.start > self.stop {
            (self.start - self.stop - 1) / (-self.step) + 1
        } else {
            0
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn get(&self, i: i64) -> i64 {
        self.start + i * self.step
    }
}

#[derive(Debug, Clone)]
pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// Objects owned by native modules (files, Popen, locks, ...). The VM finds
/// their Python class through `class_name` in the owning module's registry
/// and dispatches attribute access to `get_attr`.
pub trait NativeObject: Any {
    /// The Python type name, e.g. "TextIOWrapper".
    fn type_name(&self) -> &str;
    fn as_any(&self) -> &dyn Any;
    /// The key of the object's class in `Vm::native_classes`; differs from
    /// the type name when two native types share a name (`sys.stdout` and
    /// files from `open()` are both `TextIOWrapper`).
    fn class_key(&self) -> &str {
        self.type_name()
    }
}
