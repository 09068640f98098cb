//! State of the built-in iterators.

use crate::object::{Dict, SetData};
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// What a dict iterator yields.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DictIterKind {
    Keys,
    Values,
    Items,
}

pub enum IterState {
    /// list_iterator / tuple_iterator: the sequence and the next index.
    Seq {
        seq: Value,
        index: usize,
    },
    Range {
        next: i64,
        stop: i64,
        step: i64,
    },
    Str {
        s: crate::value::Str,
        byte_pos: usize,
    },
    Bytes {
        b: Value,
        index: usize,
    },
    /// Snapshot of dict keys / values / items or set members.
    Snapshot {
        items: Vec<Value>,
        index: usize,
        kind: &'static str,
    },
    /// A live dict iterator (keys, values or items, forwards or reversed).
    /// Like CPython's it remembers the dict's size when created and
    /// raises RuntimeError at any step where the size differs.
    Dict {
        dict: Rc<RefCell<Dict>>,
        /// Entries yielded so far (counted from the end when reversed).
        index: usize,
        /// The dict's size when the iterator was created
        /// (`usize::MAX` once a size change has been reported).
        used: usize,
        /// Items still expected; a further entry means keys changed.
        remaining: usize,
        kind: DictIterKind,
        reverse: bool,
    },
    /// A set iterator: a snapshot of the members in iteration order plus
    /// the set itself, whose size is checked at every step.
    Set {
        set: Rc<RefCell<SetData>>,
        items: Vec<Value>,
        index: usize,
        used: usize,
    },
    Enumerate {
        iter: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        iters: Vec<Value>,
    },
    Filter {
        func: Value,
        iter: Value,
    },
    Reversed {
        seq: Value,
        index: isize,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
        done: bool,
    },
    /// An object with `__getitem__` but no `__iter__`.
    GetItem {
        obj: Value,
        index: i64,
        done: bool,
    },
    Exhausted,
}
