//! Dev aid: render the syntax error of a file with miette (no color).
fn main() {
    for path in std::env::args().skip(1) {
        let src = std::fs::read_to_string(&path).unwrap();
        if let Err(e) = pyproc::parser::parse_module(&src) {
            print!(
                "{}",
                pyproc::diagnostic::render_syntax_error(&e, &path, &src, false)
            );
        }
    }
}
