//! The interactive prompt: `>>> ` / `... `, echo of expression values,
//! history in `~/.pyproc_history`, Ctrl-C abandons the input, Ctrl-D exits.
//!
//! A process forked by a statement (`os.fork()`, a `Process`, a pool
//! worker that returns) finishes that statement and exits with a one-line
//! note, instead of returning to the prompt: otherwise two interpreters
//! would read the same terminal. The parent keeps the prompt.

use crate::compile::Mode;
use crate::object::Dict;
use crate::run::{
    compile_source, exec_code, exit_status_for, finish, main_globals, render_failure,
};
use crate::value::Value;
use crate::vm::Vm;
use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use std::cell::RefCell;
use std::rc::Rc;

const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// Tab completion of names (keywords, globals, builtins) and of
/// attributes after `name.` (module contents, instance and class
/// attributes), read straight from the namespaces without running code.
struct ReplHelper {
    globals: Rc<RefCell<Dict>>,
    builtins: Rc<RefCell<Dict>>,
}

impl ReplHelper {
    fn lookup(&self, name: &str) -> Option<Value> {
        let key = crate::value::intern(name);
        let found = self.globals.borrow().get_str(&key).cloned();
        found.or_else(|| self.builtins.borrow().get_str(&key).cloned())
    }

    fn attribute_names(&self, obj: &Value) -> Vec<String> {
        let mut names = Vec::new();
        let mut add_dict = |d: &Dict| {
            for k in d.keys() {
                if let Value::Str(s) = &k.key {
                    names.push(s.as_str().to_string());
                }
            }
        };
        match obj {
            Value::Module(m) => add_dict(&m.dict.borrow()),
            Value::Instance(inst) => {
                add_dict(&inst.dict.borrow());
                for c in crate::vm::types::full_mro(&inst.class.borrow()) {
                    add_dict(&c.dict.borrow());
                }
            }
            Value::Class(c) => {
                for c in crate::vm::types::full_mro(c) {
                    add_dict(&c.dict.borrow());
                }
            }
            _ => {}
        }
        names.sort();
        names.dedup();
        names
    }

    fn global_names(&self) -> Vec<String> {
        let mut names: Vec<String> = KEYWORDS.iter().map(|k| k.to_string()).collect();
        for d in [&self.globals, &self.builtins] {
            for k in d.borrow().keys() {
                if let Value::Str(s) = &k.key {
                    names.push(s.as_str().to_string());
                }
            }
        }
        names.sort();
        names.dedup();
        names
    }
}

impl Completer for ReplHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &rustyline::Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        let start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
            .map_or(0, |i| i + 1);
        let word = &before[start..];
        let (base, prefix, candidates) = match word.rfind('.') {
            Some(dot) => {
                let mut obj = None;
                for (i, part) in word[..dot].split('.').enumerate() {
                    obj = if i == 0 {
                        self.lookup(part)
                    } else {
                        obj.and_then(|o| attribute(&o, part))
                    };
                }
                let names = obj.map(|o| self.attribute_names(&o)).unwrap_or_default();
                (start + dot + 1, &word[dot + 1..], names)
            }
            None => (start, word, self.global_names()),
        };
        let hidden = !prefix.starts_with('_');
        let matches = candidates
            .into_iter()
            .filter(|n| n.starts_with(prefix) && !(hidden && n.starts_with('_')))
            .map(|n| Pair {
                display: n.clone(),
                replacement: n,
            })
            .collect();
        Ok((base, matches))
    }
}

/// A plain attribute read for completion: module members and instance or
/// class namespace entries only (no properties or `__getattr__` run).
fn attribute(obj: &Value, name: &str) -> Option<Value> {
    let key = crate::value::intern(name);
    match obj {
        Value::Module(m) => m.dict.borrow().get_str(&key).cloned(),
        Value::Instance(inst) => inst.dict.borrow().get_str(&key).cloned(),
        Value::Class(c) => c.lookup(&key),
        _ => None,
    }
}

impl Hinter for ReplHelper {
    type Hint = String;
}
impl Highlighter for ReplHelper {}
impl Validator for ReplHelper {}
impl rustyline::Helper for ReplHelper {}

pub fn run(vm: &mut Vm) -> i32 {
    let Ok(mut editor) = rustyline::Editor::<ReplHelper, rustyline::history::DefaultHistory>::new()
    else {
        eprintln!("pyproc: cannot start the line editor");
        return 1;
    };
    let history = std::env::var("HOME")
        .map(|h| format!("{h}/.pyproc_history"))
        .unwrap_or_else(|_| ".pyproc_history".to_string());
    let _ = editor.load_history(&history);
    // The banner goes to stderr, as CPython's does.
    eprintln!(
        "pyproc {} (Python 3.11 language, Unix processes built in)",
        env!("CARGO_PKG_VERSION")
    );
    let globals = main_globals(vm, None);
    editor.set_helper(Some(ReplHelper {
        globals: globals.clone(),
        builtins: vm.builtins.clone(),
    }));
    let mut status = 0;
    let repl_pid = std::process::id();
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
                    eprintln!("KeyboardInterrupt");
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
                let mut failed = false;
                if let Err(e) = exec_code(vm, code, globals.clone()) {
                    let exc = vm.materialize(e);
                    if vm.is_kind(&exc, crate::error::ExcKind::SystemExit) {
                        status = exit_status_for(vm, crate::error::PyErr::from_value(exc));
                        if std::process::id() != repl_pid {
                            return finish(vm, status);
                        }
                        break 'session;
                    }
                    vm.print_exception(&exc);
                    failed = true;
                }
                vm.stdout.flush();
                if std::process::id() != repl_pid {
                    return leave_forked_child(vm, failed as i32);
                }
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

/// Ends a process forked by the statement just run, which must not
/// return to the prompt its parent owns.
fn leave_forked_child(vm: &mut Vm, status: i32) -> i32 {
    vm.stderr.write_str(&format!(
        "pyproc: forked process {} finished the statement and exits (status {status}); \
         the prompt stays with its parent\n",
        std::process::id()
    ));
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
