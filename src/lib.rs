//! pyproc: a small Python-like language whose runtime has Unix processes built in.

pub mod ast;
pub mod diagnostic;
pub mod lexer;
pub mod parser;
pub mod source;
