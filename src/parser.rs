//! Placeholder until the real parser lands (branch `parser`).

use crate::ast::{Module, Span};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

#[derive(Clone, Debug)]
pub struct SyntaxError {
    pub message: String,
    pub span: Span,
    pub hint: Option<String>,
    pub incomplete: bool,
    pub kind: SyntaxErrorKind,
}

pub fn parse_module(_source: &str) -> Result<Module, SyntaxError> {
    Err(SyntaxError {
        message: "parser not built yet".into(),
        span: Span::default(),
        hint: None,
        incomplete: false,
        kind: SyntaxErrorKind::SyntaxError,
    })
}
