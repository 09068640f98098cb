//! State of the built-in iterators.

use crate::value::Value;

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
