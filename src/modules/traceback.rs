//! `traceback`: the parts programs reach for to report an exception they
//! caught (`print_exc`, `format_exc`, `print_exception`), in the format of
//! the interpreter's own tracebacks.

use crate::builtins::args::kwargs_named;
use crate::error::PyResult;
use crate::modules::posix::add_functions;
use crate::value::{Str, Value};
use crate::vm::Vm;

pub fn create(vm: &mut Vm) -> Value {
    let m = vm.new_module("traceback");
    if let Value::Module(module) = &m {
        add_functions(
            vm,
            &mut module.dict.borrow_mut(),
            &[
                ("print_exc", print_exc),
                ("format_exc", format_exc),
                ("print_exception", print_exception),
            ],
        );
    }
    m
}

/// The exception being handled, as text ("NoneType: None" outside a
/// handler, as CPython prints).
fn current_text(vm: &mut Vm) -> String {
    let exc = vm.exc_info.clone();
    if exc.is_none() {
        return "NoneType: None\n".to_string();
    }
    vm.format_exception(&exc)
}

/// Writes to `file`, or to stderr.
fn emit(vm: &mut Vm, file: Option<Value>, text: &str) -> PyResult<()> {
    match file {
        Some(f) if !f.is_none() => crate::modules::sys::write_to(vm, &f, text, false),
        _ => {
            vm.stdout.flush();
            vm.stderr.write_str(text);
            vm.stderr.flush();
            Ok(())
        }
    }
}

fn print_exc(vm: &mut Vm, _args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let [_limit, file, _chain] = kwargs_named("print_exc", kwargs, ["limit", "file", "chain"])?;
    let text = current_text(vm);
    emit(vm, file, &text)?;
    Ok(Value::None)
}

fn format_exc(vm: &mut Vm, _args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    kwargs_named("format_exc", kwargs, ["limit", "chain"])?;
    Ok(Value::string(current_text(vm)))
}

/// `print_exception(exc, /, value=None, tb=None, limit=None, file=None)`:
/// the 3.10+ form taking the exception itself, and the old three-argument
/// form.
fn print_exception(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let [value, _tb, _limit, file, _chain] = kwargs_named(
        "print_exception",
        kwargs,
        ["value", "tb", "limit", "file", "chain"],
    )?;
    let exc = match (args.get(1).cloned().or(value), args.first()) {
        (Some(v), _) if !v.is_none() => v,
        (_, Some(e)) => e.clone(),
        _ => Value::None,
    };
    let text = if exc.is_none() {
        "NoneType: None\n".to_string()
    } else {
        vm.format_exception(&exc)
    };
    emit(vm, file, &text)?;
    Ok(Value::None)
}
