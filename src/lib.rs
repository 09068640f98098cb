//! pyproc: a small Python-like language whose runtime has Unix processes built in.

pub mod ast;
pub mod builtins;
pub mod bytecode;
pub mod error;
pub mod format;
pub mod io;
pub mod modules;
pub mod object;
pub mod run;
pub mod signals;
pub mod types;
pub mod value;
pub mod vm;
