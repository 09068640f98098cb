//! Running programs: source text to a finished module, and the exit
//! protocol (SystemExit, uncaught exceptions, atexit handlers).

use crate::bytecode::{Code, SourceFile};
use crate::compile::{Mode, compile_module};
use crate::error::{ExcKind, PyErr, PyResult};
use crate::object::Dict;
use crate::value::Value;
use crate::vm::Vm;
use crate::vm::exec::FrameExit;
use crate::vm::frame::Frame;
use std::cell::RefCell;
use std::rc::Rc;

/// A program that failed to compile: the message and where.
pub struct CompileFailure {
    pub kind: &'static str,
    pub message: String,
    pub span: crate::ast::Span,
    pub hint: Option<String>,
    pub incomplete: bool,
}

/// Parses and compiles source text.
pub fn compile_source(src: &str, filename: &str, mode: Mode) -> Result<Rc<Code>, CompileFailure> {
    let module = crate::parser::parse_module(src).map_err(|e| CompileFailure {
        kind: e.kind.name(),
        message: e.message.clone(),
        span: e.span,
        hint: e.hint.clone(),
        incomplete: e.incomplete,
    })?;
    let source = Rc::new(SourceFile::new(filename, src));
    compile_module(&module, source, mode).map_err(|e| CompileFailure {
        kind: "SyntaxError",
        message: e.message,
        span: e.span,
        hint: None,
        incomplete: false,
    })
}

/// Renders a compile failure as a miette report.
pub fn render_failure(f: &CompileFailure, filename: &str, src: &str, color: bool) -> String {
    let err = crate::parser::SyntaxError {
        message: f.message.clone(),
        span: f.span,
        hint: f.hint.clone(),
        incomplete: f.incomplete,
        kind: match f.kind {
            "IndentationError" => crate::parser::SyntaxErrorKind::IndentationError,
            "TabError" => crate::parser::SyntaxErrorKind::TabError,
            _ => crate::parser::SyntaxErrorKind::SyntaxError,
        },
    };
    crate::diagnostic::render_syntax_error(&err, filename, src, color)
}

/// Compiles and runs `src` as a module body in `globals` (imports).
/// A syntax error becomes a SyntaxError exception.
pub fn exec_source(
    vm: &mut Vm,
    src: &str,
    filename: &str,
    globals: Rc<RefCell<Dict>>,
) -> PyResult<()> {
    let code = compile_source(src, filename, Mode::Exec).map_err(|f| {
        let kind = match f.kind {
            "IndentationError" => ExcKind::IndentationError,
            "TabError" => ExcKind::TabError,
            _ => ExcKind::SyntaxError,
        };
        let line = SourceFile::new(filename, src).line_of(f.span.start);
        PyErr::new(kind, format!("{} ({}, line {})", f.message, filename, line))
    })?;
    exec_code(vm, code, globals)?;
    Ok(())
}

/// Runs a module-level code object.
pub fn exec_code(vm: &mut Vm, code: Rc<Code>, globals: Rc<RefCell<Dict>>) -> PyResult<Value> {
    let mut frame = Frame::new(code, globals);
    match vm.run_nested(&mut frame)? {
        FrameExit::Return(v) | FrameExit::Yield(v) => Ok(v),
    }
}

/// The `__main__` module's namespace.
pub fn main_globals(vm: &mut Vm, filename: Option<&str>) -> Rc<RefCell<Dict>> {
    let module = vm.new_module("__main__");
    let Value::Module(m) = &module else {
        unreachable!("new_module returns a module")
    };
    if let Some(f) = filename {
        m.dict
            .borrow_mut()
            .set_str(crate::value::intern("__file__"), Value::str(f));
    }
    vm.modules
        .borrow_mut()
        .set_str(crate::value::intern("__main__"), module.clone());
    m.dict.clone()
}

/// What the process exits with after an uncaught exception, printing it
/// as CPython does (SystemExit prints only a non-integer code).
pub fn exit_status_for(vm: &mut Vm, err: PyErr) -> i32 {
    let exc = vm.materialize(err);
    if crate::trace::enabled() {
        let name = vm.type_name(&exc);
        let reason = if vm.is_kind(&exc, ExcKind::SystemExit) {
            name
        } else {
            format!("uncaught {name}")
        };
        crate::trace::set_exit_reason(&reason);
    }
    if vm.is_kind(&exc, ExcKind::SystemExit) {
        let code =
            crate::types::exceptions::exception_attr(vm, &exc, &crate::value::intern("code"))
                .ok()
                .flatten()
                .unwrap_or(Value::None);
        return match code {
            Value::None => 0,
            Value::Int(i) => i as i32,
            Value::Bool(b) => b as i32,
            other => {
                let text = vm.to_str(&other).unwrap_or_default();
                vm.stdout.flush();
                vm.stderr.write_str(&text);
                vm.stderr.write_str("\n");
                vm.stderr.flush();
                1
            }
        };
    }
    vm.print_exception(&exc);
    if vm.is_kind(&exc, ExcKind::KeyboardInterrupt) {
        vm.interrupted = true;
    }
    1
}

/// Runs the atexit handlers, last registered first; an exception in one
/// is reported and the rest still run.
pub fn run_atexit(vm: &mut Vm) {
    while let Some((f, args, kwargs)) = vm.atexit.pop() {
        if let Err(e) = vm.call(&f, args, kwargs) {
            // SystemExit too is reported and ignored, as in CPython.
            let exc = vm.materialize(e);
            vm.stderr
                .write_str("Exception ignored in atexit callback: ");
            let r = vm.repr(&f).unwrap_or_default();
            vm.stderr.write_str(&r);
            vm.stderr.write_str("\n");
            vm.print_exception(&exc);
        }
    }
}

/// Runs a whole program and returns the process exit status.
pub fn run_program(vm: &mut Vm, src: &str, filename: &str, color: bool) -> i32 {
    let code = match compile_source(src, filename, Mode::Exec) {
        Ok(c) => c,
        Err(f) => {
            let report = render_failure(&f, filename, src, color);
            vm.stderr.write_str(&report);
            vm.stderr.flush();
            return 1;
        }
    };
    let globals = main_globals(vm, Some(filename));
    let result = exec_code(vm, code, globals);
    // CPython flushes the streams once a file's (or stdin's) main module
    // has run, before atexit handlers and the traceback; not after `-c`.
    if filename != "<string>" {
        vm.stdout.flush();
        vm.stderr.flush();
    }
    let status = match result {
        Ok(_) => 0,
        Err(e) => exit_status_for(vm, e),
    };
    finish(vm, status)
}

/// Exit path shared by programs and the REPL: atexit handlers, then
/// flushing the streams.
pub fn finish(vm: &mut Vm, status: i32) -> i32 {
    vm.close_dropped_generators();
    run_atexit(vm);
    crate::modules::at_exit(vm);
    vm.stdout.flush();
    vm.stderr.flush();
    if vm.interrupted {
        crate::signals::die_of_sigint();
    }
    status
}
