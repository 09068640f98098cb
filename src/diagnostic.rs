//! Placeholder until the real diagnostics land (branch `parser`).

use crate::parser::SyntaxError;

pub fn render_syntax_error(err: &SyntaxError, filename: &str, _source: &str, _color: bool) -> String {
    format!("{}: {} ({})\n", err.kind.name(), err.message, filename)
}
