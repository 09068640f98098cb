//! Builtins that look at the calling frame: `globals()`, `locals()`,
//! `vars()` and `dir()` without arguments. Natives receive no frame, so
//! the call instruction recognises these by a marker in `data` and hands
//! them the caller's frame.

use crate::error::{PyResult, type_error};
use crate::object::Dict;
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use crate::vm::frame::Frame;
use std::rc::Rc;

pub const GLOBALS: i64 = 1;
pub const LOCALS: i64 = 2;
pub const VARS: i64 = 3;
pub const DIR: i64 = 4;
pub const SUPER: i64 = 5;
pub const EVAL: i64 = 6;
pub const EXEC: i64 = 7;
/// Markers from here on name natives that may run signal handlers (see
/// `frame_aware`): `FRAME_AWARE + i` is entry i of `FRAME_AWARE_FNS`.
const FRAME_AWARE: i64 = 1000;

thread_local! {
    static FRAME_AWARE_FNS: std::cell::RefCell<Vec<crate::object::NativeFn>> =
        const { std::cell::RefCell::new(Vec::new()) };
}

/// A native that waits for or sends signals (`time.sleep`, `os.kill`):
/// called from Python code, it gets the caller's frame, whose snapshot is
/// what the handlers it runs receive as `frame`, as in CPython.
pub fn frame_aware(name: &'static str, qualname: String, func: crate::object::NativeFn) -> Value {
    let index = FRAME_AWARE_FNS.with(|fns| {
        let mut fns = fns.borrow_mut();
        match fns.iter().position(|f| std::ptr::fn_addr_eq(*f, func)) {
            Some(i) => i,
            None => {
                fns.push(func);
                fns.len() - 1
            }
        }
    });
    Value::Native(Rc::new(crate::object::NativeFunction {
        name,
        qualname,
        func,
        bound: None,
        data: Value::Int(FRAME_AWARE + index as i64),
        unwrap_self: false,
    }))
}

/// Runs a `frame_aware` native with the caller's frame recorded.
fn call_frame_aware(vm: &mut Vm, marker: i64, frame: &Frame, args: &[Value]) -> PyResult<Value> {
    let func = FRAME_AWARE_FNS.with(|fns| fns.borrow()[(marker - FRAME_AWARE) as usize]);
    let snapshot = crate::types::frame_object::FrameObject::of(vm, frame);
    let outer = std::mem::replace(&mut vm.signal_frame, snapshot);
    let result = func(vm, args, &[]);
    vm.signal_frame = outer;
    result
}

pub fn register(vm: &mut Vm) {
    let frame_builtins = [
        ("globals", GLOBALS),
        ("locals", LOCALS),
        ("vars", VARS),
        ("dir", DIR),
        ("eval", EVAL),
        ("exec", EXEC),
    ];
    for (name, marker) in frame_builtins {
        let f = Value::Native(Rc::new(crate::object::NativeFunction {
            name,
            qualname: name.to_string(),
            func: if marker == DIR {
                dir_without_frame
            } else {
                without_frame
            },
            bound: None,
            data: Value::Int(marker),
            unwrap_self: false,
        }));
        vm.builtins.borrow_mut().set_str(intern(name), f);
    }
}

/// Called through a path that has no frame at hand (e.g. `f = locals; f()`
/// from native code) or with arguments.
fn without_frame(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    match args.first() {
        Some(obj) => vars_or_dir_of(vm, obj, args.len()),
        None => Err(crate::error::not_implemented(
            "calling globals()/locals() indirectly",
        )),
    }
}

/// `dir(obj)`, or `dir()` reached without the caller's frame.
fn dir_without_frame(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    if args.is_empty() && kw.is_empty() {
        return Err(crate::error::not_implemented("calling dir() indirectly"));
    }
    super::introspect::dir(vm, args, kw)
}

/// `type(name, bases, dict)` called from `frame`: like CPython's
/// `type.__new__`, a new class without `__module__` in its namespace gets
/// the caller's global `__name__`. The caller's dict is left untouched; a
/// copy with `__module__` replaces it in `args`.
pub fn type_call_with_frame(vm: &Vm, frame: &Frame, func: &Value, args: &mut [Value]) {
    let Value::Class(c) = func else {
        return;
    };
    if args.len() != 3 || !Rc::ptr_eq(c, &vm.types.type_) {
        return;
    }
    let Value::Dict(d) = &args[2] else {
        return;
    };
    let module = intern("__module__");
    if d.borrow().get_str(&module).is_some() {
        return;
    }
    let Some(name) = frame.globals.borrow().get_str(&intern("__name__")).cloned() else {
        return;
    };
    let mut ns = d.borrow().clone();
    ns.set_str(module, name);
    args[2] = Value::Dict(Rc::new(std::cell::RefCell::new(ns)));
}

/// Runs a frame builtin for the frame that called it.
pub fn call_with_frame(vm: &mut Vm, marker: i64, frame: &Frame, args: &[Value]) -> PyResult<Value> {
    if marker >= FRAME_AWARE {
        return call_frame_aware(vm, marker, frame, args);
    }
    if marker == EVAL || marker == EXEC {
        return super::eval::call(vm, marker == EVAL, frame, args);
    }
    if marker == SUPER {
        return if args.is_empty() {
            vm.zero_arg_super(frame)
        } else {
            super::class::super_call(vm, args, &[])
        };
    }
    if !args.is_empty() {
        return match marker {
            VARS => vars_or_dir_of(vm, &args[0], args.len()),
            DIR => super::introspect::dir(vm, args, &[]),
            _ => Err(type_error(format!(
                "{}() takes no arguments ({} given)",
                if marker == GLOBALS {
                    "globals"
                } else {
                    "locals"
                },
                args.len()
            ))),
        };
    }
    match marker {
        GLOBALS => Ok(Value::Dict(frame.globals.clone())),
        LOCALS | VARS => Ok(locals_of(frame)),
        _ => {
            let Value::Dict(d) = locals_of(frame) else {
                return Ok(Value::list(vec![]));
            };
            let mut names: Vec<String> = d
                .borrow()
                .keys()
                .filter_map(|k| match &k.key {
                    Value::Str(s) => Some(s.as_str().to_string()),
                    _ => None,
                })
                .collect();
            names.sort();
            Ok(Value::list(names.iter().map(|n| Value::str(n)).collect()))
        }
    }
}

/// The frame's locals as a dict: the namespace of module and class
/// bodies, a fresh snapshot of fast locals and cells in functions.
fn locals_of(frame: &Frame) -> Value {
    if let Some(l) = &frame.locals {
        return Value::Dict(l.clone());
    }
    if frame.code.has_flag(crate::bytecode::flags::MODULE) {
        return Value::Dict(frame.globals.clone());
    }
    let mut d = Dict::new();
    for (name, v) in frame.code.varnames.iter().zip(frame.locals()) {
        if !v.is_null() {
            d.set_str(name.clone(), v.clone());
        }
    }
    let cell_names = frame.code.cellvars.iter().chain(frame.code.freevars.iter());
    for (name, cell) in cell_names.zip(frame.cells.iter()) {
        let v = cell.borrow().clone();
        if !v.is_null() {
            d.set_str(name.clone(), v);
        }
    }
    Value::dict(d)
}

fn vars_or_dir_of(vm: &mut Vm, obj: &Value, nargs: usize) -> PyResult<Value> {
    if nargs > 1 {
        return Err(type_error(format!(
            "vars expected at most 1 argument, got {nargs}"
        )));
    }
    let dict = vm
        .get_attr(obj, &intern("__dict__"))
        .map_err(|_| type_error("vars() argument must have __dict__ attribute"))?;
    Ok(dict)
}
