//! pyproc: a small Python-like language whose runtime has Unix processes built in.

pub mod ast;
pub mod bytecode;
pub mod compile;
pub mod error;
pub mod object;
pub mod value;
pub mod vm;
