//! `eval()` and `exec()`: compile source at run time and run it in the
//! caller's namespaces (or the dicts given).

use crate::ast::{Expr, ExprKind, Module, Stmt, StmtKind};
use crate::bytecode::SourceFile;
use crate::compile::{Mode, compile_module};
use crate::error::{ExcKind, PyErr, PyResult, type_error};
use crate::object::Dict;
use crate::value::{Value, intern};
use crate::vm::Vm;
use crate::vm::frame::Frame;
use std::cell::RefCell;
use std::rc::Rc;

/// A namespace dict shared with the running frame.
type Namespace = Rc<RefCell<Dict>>;

/// Where eval's result is parked: a name no program can write.
const RESULT: &str = "<eval result>";

/// `eval(source, globals=None, locals=None)` / `exec(...)` for the frame
/// that called them.
pub fn call(vm: &mut Vm, is_eval: bool, frame: &Frame, args: &[Value]) -> PyResult<Value> {
    let fname = if is_eval { "eval" } else { "exec" };
    let Some(src) = args.first() else {
        return Err(type_error(format!(
            "{fname} expected at least 1 argument, got 0"
        )));
    };
    let src = match src {
        Value::Str(s) => s.as_str().to_string(),
        Value::Bytes(b) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            return Err(type_error(format!(
                "{fname}() arg 1 must be a string, bytes or code object"
            )));
        }
    };
    let (globals, locals) = namespaces(vm, fname, frame, &args[1..])?;
    let module = parse(&src, is_eval)?;
    let code = compile_module(
        &module,
        Rc::new(SourceFile::new("<string>", src.clone())),
        Mode::Exec,
    )
    .map_err(|e| PyErr::new(ExcKind::SyntaxError, e.message))?;
    let mut new = Frame::new(code, globals);
    new.locals = Some(locals.clone());
    vm.run_nested(&mut new)?;
    if !is_eval {
        return Ok(Value::None);
    }
    let result = locals.borrow_mut().remove_str(&intern(RESULT));
    Ok(result.unwrap_or(Value::None))
}

/// The globals and locals dicts: given ones, or the caller's.
fn namespaces(
    vm: &mut Vm,
    fname: &str,
    frame: &Frame,
    rest: &[Value],
) -> PyResult<(Namespace, Namespace)> {
    let as_dict = |v: &Value, what: &str| -> PyResult<Option<Namespace>> {
        match v {
            Value::None => Ok(None),
            Value::Dict(d) => Ok(Some(d.clone())),
            _ => Err(type_error(format!(
                "{fname}() {what} must be a dict, not {}",
                vm.type_name(v)
            ))),
        }
    };
    let globals = match rest.first() {
        Some(g) => as_dict(g, "globals")?,
        None => None,
    };
    let locals = match rest.get(1) {
        Some(l) => as_dict(l, "locals")?,
        None => None,
    };
    Ok(match (globals, locals) {
        (Some(g), Some(l)) => (g, l),
        (Some(g), None) => (g.clone(), g),
        (None, l) => {
            let caller_locals = match &frame.locals {
                Some(d) => d.clone(),
                None if frame.code.has_flag(crate::bytecode::flags::MODULE) => {
                    frame.globals.clone()
                }
                None => {
                    match super::frame::call_with_frame(vm, super::frame::LOCALS, frame, &[])? {
                        Value::Dict(d) => d,
                        _ => Rc::new(RefCell::new(Dict::new())),
                    }
                }
            };
            (frame.globals.clone(), l.unwrap_or(caller_locals))
        }
    })
}

/// eval compiles `RESULT = <expression>`; exec compiles the statements.
fn parse(src: &str, is_eval: bool) -> PyResult<Module> {
    let syntax = |e: crate::parser::SyntaxError| PyErr::new(ExcKind::SyntaxError, e.message);
    if !is_eval {
        return crate::parser::parse_module(src).map_err(syntax);
    }
    let expr =
        crate::parser::parse_expression(src.trim_start_matches([' ', '\t'])).map_err(syntax)?;
    let span = expr.span;
    let target = Expr {
        span,
        kind: ExprKind::Name(RESULT.to_string()),
    };
    Ok(Module {
        body: vec![Stmt {
            span,
            kind: StmtKind::Assign {
                targets: vec![target],
                value: expr,
            },
        }],
    })
}
