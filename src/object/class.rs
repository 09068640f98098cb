//! Classes, instances, modules and properties.

use crate::object::Dict;
use crate::value::{Str, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Which built-in layout a class's instances carry. User classes inherit
/// the layout of their built-in base.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Exception,
    /// A built-in type whose values are not `Instance`s (int, str, list...).
    Builtin,
}

pub struct Class {
    pub name: RefCell<Str>,
    pub qualname: RefCell<Str>,
    pub bases: Vec<Rc<Class>>,
    /// Method resolution order, starting with the class itself. Held
    /// weakly for the class itself to avoid a reference cycle: index 0 is
    /// implied.
    pub mro: Vec<Rc<Class>>,
    pub dict: RefCell<Dict>,
    pub layout: Layout,
    /// Set for the classes of built-in types (`int`, `list`, ...).
    pub builtin: Option<&'static str>,
    /// Facts about the class derived from its MRO, recomputed when the
    /// class epoch moves on.
    pub derived: Cell<Derived>,
    /// The most attributes an instance has had: new instances' dicts are
    /// made this large at once instead of growing one rehash at a time.
    pub instance_size: Cell<u16>,
    /// Results of MRO walks by name (`Class::lookup`).
    pub lookups: RefCell<LookupCache>,
}

/// Slots in a class's lookup cache (a power of two).
pub const LOOKUP_SLOTS: usize = 32;

/// CPython's type attribute cache, in spirit: name -> result of the MRO
/// walk, direct-mapped by the name's address. An entry is valid while the
/// class epoch is the one it was filled in, so a class namespace changing
/// (a class-level counter, say) costs one refill per name, not a new
/// table. An entry holds its name alive so that the address cannot be
/// reused by another name.
#[derive(Default)]
pub struct LookupCache {
    /// Empty until the first lookup.
    pub slots: Vec<Option<LookupEntry>>,
}

pub struct LookupEntry {
    pub epoch: u64,
    pub name: Str,
    pub value: Option<Value>,
}

/// See `Class::derived`.
#[derive(Clone, Copy, Default)]
pub struct Derived {
    /// The class epoch these facts hold for (0: never computed).
    pub epoch: u64,
    /// No `__setattr__` of its own along the MRO: `obj.x = v` is a dict
    /// store unless `x` names a data descriptor.
    pub native_setattr: bool,
    /// Names of the data descriptors along the MRO (properties, objects
    /// with `__set__`), as a one-word Bloom filter of their hashes (see
    /// `name_bit`): a name whose bit is clear has no descriptor to take
    /// reads or assignments instead of the instance dict.
    pub descriptor_names: u64,
    /// Calling the class makes a plain instance (no `__new__` of its own,
    /// not an exception or built-in value type), so only `__init__` runs.
    pub plain_new: bool,
}

/// A name's bit in the `Derived` name filters.
#[inline]
pub fn name_bit(hash: u64) -> u64 {
    1 << (hash & 63)
}

thread_local! {
    /// Bumped whenever any class namespace changes after creation, which
    /// invalidates every class's `AttrCache` at once (class namespaces
    /// rarely change once a program runs, so one global epoch is enough).
    static CLASS_EPOCH: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

pub fn class_epoch() -> u64 {
    CLASS_EPOCH.with(|e| e.get())
}

/// Call after mutating a class namespace that may already be in use.
pub fn invalidate_class_caches() {
    CLASS_EPOCH.with(|e| e.set(e.get() + 1));
}

pub enum InstancePayload {
    None,
    Exception(RefCell<ExceptionData>),
    /// An instance of a user subclass of a built-in value type (`str`,
    /// `list`...): the built-in value it wraps.
    Builtin(RefCell<Value>),
}

/// The built-in value an instance of a subclass of a built-in value type
/// wraps (`None` for anything else).
pub fn builtin_payload(v: &Value) -> Option<Value> {
    match v {
        Value::Instance(inst) => match &inst.payload {
            InstancePayload::Builtin(b) => Some(b.borrow().clone()),
            _ => None,
        },
        _ => None,
    }
}

#[derive(Default)]
pub struct ExceptionData {
    pub args: Value,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: bool,
    /// (code, line) of each frame the exception passed through, outermost
    /// first once complete.
    pub traceback: Vec<crate::error::TracebackEntry>,
}

pub struct Instance {
    pub class: RefCell<Rc<Class>>,
    /// Shared with the dict `obj.__dict__` gives, so writes through it
    /// are the instance's attributes, as in CPython.
    pub dict: Rc<RefCell<Dict>>,
    pub payload: InstancePayload,
}

pub struct Module {
    pub name: Str,
    pub dict: Rc<RefCell<Dict>>,
}

pub struct Property {
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
}
