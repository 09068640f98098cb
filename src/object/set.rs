//! `set` and `frozenset` storage: a hash set of Python values.

use crate::object::dict::Map;

#[derive(Clone, Default)]
pub struct SetData {
    pub map: Map<()>,
}

impl SetData {
    pub fn new() -> SetData {
        SetData::default()
    }
    pub fn len(&self) -> usize {
        self.map.len()
    }
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}
