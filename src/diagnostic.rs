//! Rendering syntax errors for humans (miette) and in CPython's own style.

use crate::parser::SyntaxError;
use crate::source::LineIndex;
use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource, Report,
};

/// Clamp a span to the source and to char boundaries; never empty-past-end.
fn clamp_span(err: &SyntaxError, source: &str) -> (usize, usize) {
    let mut start = (err.span.start as usize).min(source.len());
    let mut end = (err.span.end as usize).clamp(start, source.len());
    while !source.is_char_boundary(start) {
        start -= 1;
    }
    while !source.is_char_boundary(end) {
        end += 1;
    }
    // Point at the last character rather than past the end of input.
    if start == source.len() && start > 0 {
        let prev = source[..start]
            .chars()
            .next_back()
            .map_or(1, char::len_utf8);
        if !source[..start].ends_with('\n') {
            start -= prev;
            end = start + prev;
        }
    }
    (start, end)
}

/// Render a syntax error as a miette report: `SyntaxError: message`, the
/// file name with line and column, the source line with the span
/// underlined, and the hint as help. With `color == false` the output is
/// plain text (no ANSI escapes).
pub fn render_syntax_error(err: &SyntaxError, filename: &str, source: &str, color: bool) -> String {
    let (start, end) = clamp_span(err, source);
    let title = format!("{}: {}", err.kind.name(), err.message);
    let mut diag = MietteDiagnostic::new(title).with_label(LabeledSpan::new_primary_with_span(
        Some("here".to_string()),
        (start, end - start),
    ));
    if let Some(h) = &err.hint {
        diag = diag.with_help(h.clone());
    }
    let report = Report::new(diag)
        .with_source_code(NamedSource::new(filename, source.to_string()).with_language("python"));
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_width(100)
        .with_links(false)
        .without_syntax_highlighting();
    let mut out = String::new();
    if handler.render_report(&mut out, report.as_ref()).is_err() {
        return format!(
            "{}\n{}",
            title_line(err),
            syntax_error_line(err, filename, source)
        );
    }
    out
}

fn title_line(err: &SyntaxError) -> String {
    format!("{}: {}", err.kind.name(), err.message)
}

/// CPython-style traceback text:
///
/// ```text
///   File "x.py", line 1
///     print x
///     ^^^^^^^
/// SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?
/// ```
pub fn syntax_error_line(err: &SyntaxError, filename: &str, source: &str) -> String {
    let idx = LineIndex::new(source);
    let (start, end) = clamp_span(err, source);
    let (line, col) = idx.line_col(start);
    let text = idx.line_text(line);
    let mut out = format!("  File \"{filename}\", line {line}\n");
    let trimmed = text.trim_start();
    if !trimmed.is_empty() {
        let indent = text.chars().count() - trimmed.chars().count();
        let (end_line, end_col) = idx.line_col(end);
        let width = if end_line == line && end_col > col {
            end_col - col
        } else {
            1
        };
        let caret_col = col.saturating_sub(1).saturating_sub(indent);
        out.push_str(&format!("    {}\n", trimmed.trim_end()));
        out.push_str(&format!(
            "    {}{}\n",
            " ".repeat(caret_col),
            "^".repeat(width)
        ));
    }
    out.push_str(&title_line(err));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::parser::parse_module;

    #[test]
    fn render_plain() {
        let src = "x = 1\nprint x\n";
        let err = parse_module(src).unwrap_err();
        let out = render_syntax_error(&err, "test.py", src, false);
        assert!(!out.contains('\x1b'), "{out}");
        assert!(
            out.contains(
                "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?"
            ),
            "{out}"
        );
        assert!(out.contains("test.py:2:1"), "{out}");
        assert!(out.contains("print x"), "{out}");
        assert!(out.contains("print is a function: print(x)"), "{out}");
    }

    #[test]
    fn render_color_has_ansi() {
        let src = "x = (1,\n";
        let err = parse_module(src).unwrap_err();
        let out = render_syntax_error(&err, "t.py", src, true);
        assert!(out.contains("'(' was never closed"), "{out}");
    }

    #[test]
    fn render_at_eof() {
        let src = "if x:";
        let err = parse_module(src).unwrap_err();
        let out = render_syntax_error(&err, "t.py", src, false);
        assert!(out.contains("IndentationError"), "{out}");
    }

    #[test]
    fn cpython_style() {
        let src = "x = 1\nprint x\n";
        let err = parse_module(src).unwrap_err();
        assert_eq!(
            syntax_error_line(&err, "t.py", src),
            "  File \"t.py\", line 2\n    print x\n    ^^^^^^^\nSyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?"
        );
    }
}
