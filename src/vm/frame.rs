//! An activation record.

pub struct Frame {}
