//! pyproc: a small Python-like language whose runtime has Unix processes built in.

pub mod ast;
pub mod builtins;
pub mod bytecode;
pub mod code_registry;
pub mod compile;
pub mod diagnostic;
pub mod error;
pub mod format;
pub mod io;
pub mod lexer;
pub mod modules;
pub mod multiprocessing;
pub mod object;
pub mod parser;
pub mod repl;
pub mod run;
pub mod signals;
pub mod source;
pub mod trace;
pub mod types;
pub mod value;
pub mod vm;
