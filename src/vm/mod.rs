//! The virtual machine: runs code objects.

pub mod frame;

pub struct Vm {}
