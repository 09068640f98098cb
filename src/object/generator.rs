//! Generator objects: a suspended frame and its state.

use crate::vm::frame::Frame;

pub struct Generator {
    /// None once the generator has finished.
    pub frame: Option<Box<Frame>>,
    pub started: bool,
    pub running: bool,
    pub name: crate::value::Str,
    pub qualname: crate::value::Str,
}
