//! pyproc: a small Python-like language whose runtime has Unix processes built in.

pub mod ast;
pub mod format;
