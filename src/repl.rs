//! The interactive prompt: `>>> ` / `... `, echo of expression values,
//! history in `~/.pyproc_history`, Ctrl-C abandons the input, Ctrl-D exits.

use crate::compile::Mode;
use crate::run::{compile_source, exec_code, exit_status_for, finish, main_globals, render_failure};
use crate::vm::Vm;
use rustyline::error::ReadlineError;

pub fn run(vm: &mut Vm) -> i32 {
    let Ok(mut editor) = rustyline::DefaultEditor::new() else {
        eprintln!("pyproc: cannot start the line editor");
        return 1;
    };
    let history = std::env::var("HOME")
        .map(|h| format!("{h}/.pyproc_history"))
        .unwrap_or_else(|_| ".pyproc_history".to_string());
    let _ = editor.load_history(&history);
    println!(
        "pyproc {} (Python 3.11 language, Unix processes built in)",
        env!("CARGO_PKG_VERSION")
    );
    let globals = main_globals(vm, None);
    let mut status = 0;
    'session: loop {
        let mut buffer = String::new();
        let mut prompt = ">>> ";
        loop {
            match editor.readline(prompt) {
                Ok(line) => {
                    buffer.push_str(&line);
                    buffer.push('\n');
                    if !input_complete(&buffer, &line) {
                        prompt = "... ";
                        continue;
                    }
                    break;
                }
                Err(ReadlineError::Interrupted) => {
                    println!("KeyboardInterrupt");
                    continue 'session;
                }
                Err(_) => break 'session,
            }
        }
        if buffer.trim().is_empty() {
            continue;
        }
        let _ = editor.add_history_entry(buffer.trim_end());
        match compile_source(&buffer, "<stdin>", Mode::Repl) {
            Ok(code) => {
                if let Err(e) = exec_code(vm, code, globals.clone()) {
                    let exc = vm.materialize(e);
                    if vm.is_kind(&exc, crate::error::ExcKind::SystemExit) {
                        status = exit_status_for(vm, crate::error::PyErr::from_value(exc));
                        break 'session;
                    }
                    vm.print_exception(&exc);
                }
                vm.stdout.flush();
            }
            Err(f) => {
                let report = render_failure(&f, "<stdin>", &buffer, false);
                eprint!("{report}");
            }
        }
    }
    let _ = editor.save_history(&history);
    finish(vm, status)
}

/// Whether the buffered lines form a whole statement: compound
/// statements end at an empty line, as in CPython's REPL.
fn input_complete(buffer: &str, last_line: &str) -> bool {
    let first = buffer.lines().next().unwrap_or("");
    let compound = first.trim_end().ends_with(':') || buffer.lines().count() > 1;
    if compound {
        return last_line.trim().is_empty();
    }
    match crate::parser::parse_module(buffer) {
        Ok(_) => true,
        Err(e) => !e.incomplete,
    }
}
