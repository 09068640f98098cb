//! Dev aid: `cargo run --example parse_dump -- FILE...` prints the AST (or
//! the syntax error) for each file; `-q` prints only errors, `-t` timing.
use pyproc::{diagnostic, parser};

fn main() {
    let mut quiet = false;
    let mut timing = false;
    let mut expr = false;
    let mut lex_only = false;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "-q" => quiet = true,
            "-t" => timing = true,
            "-e" => expr = true,
            "-L" => lex_only = true,
            path => {
                let src = match std::fs::read_to_string(path) {
                    Ok(s) => s,
                    Err(e) => {
                        println!("{path}: {e}");
                        continue;
                    }
                };
                let t = std::time::Instant::now();
                if lex_only {
                    let toks = pyproc::lexer::tokenize(&src);
                    println!("{path}: {} tokens in {:?}", toks.toks.len(), t.elapsed());
                    continue;
                }
                if expr {
                    let r = parser::parse_expression(&src);
                    println!("{r:#?}");
                    continue;
                }
                let r = parser::parse_module(&src);
                if timing {
                    println!("{path}: {:?}", t.elapsed());
                }
                match r {
                    Ok(m) => {
                        if !quiet {
                            println!("{m:#?}");
                        }
                    }
                    Err(e) => {
                        println!("{path}: ERROR");
                        println!("{}", diagnostic::syntax_error_line(&e, path, &src));
                    }
                }
            }
        }
    }
}
