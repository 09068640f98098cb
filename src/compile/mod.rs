//! Placeholder until the real compiler lands (branch `compile`).

use crate::ast::{Module, Span};
use crate::bytecode::{Code, SourceFile};
use std::rc::Rc;

pub enum Mode {
    Exec,
    Repl,
}

pub struct CompileError {
    pub message: String,
    pub span: Span,
}

pub fn compile_module(_m: &Module, _s: Rc<SourceFile>, _mode: Mode) -> Result<Rc<Code>, CompileError> {
    Err(CompileError { message: "compiler not built yet".into(), span: Span::default() })
}
