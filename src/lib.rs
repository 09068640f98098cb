//! pyproc: a small Python-like language whose runtime has Unix processes built in.

pub mod ast;
pub mod bytecode;
pub mod compile;
pub mod diagnostic;
pub mod error;
pub mod lexer;
pub mod object;
pub mod parser;
pub mod source;
pub mod value;
pub mod vm;
