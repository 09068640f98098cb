//! Builtins about objects themselves: isinstance, issubclass, id, hash,
//! repr, ascii, callable, getattr & co, vars, dir, format, input,
//! globals/locals.

use super::args::{arity, err_is, exactly_one, kwargs_named, no_kwargs};
use crate::error::{ExcKind, PyErr, PyResult, not_implemented, type_error};
use crate::object::Class;
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use std::rc::Rc;

pub fn register(vm: &mut Vm) {
    vm.add_builtin("isinstance", isinstance);
    vm.add_builtin("issubclass", issubclass);
    vm.add_builtin("id", id);
    vm.add_builtin("hash", hash);
    vm.add_builtin("repr", repr);
    vm.add_builtin("ascii", ascii);
    vm.add_builtin("callable", callable);
    vm.add_builtin("getattr", getattr);
    vm.add_builtin("setattr", setattr);
    vm.add_builtin("hasattr", hasattr);
    vm.add_builtin("delattr", delattr);
    vm.add_builtin("vars", vars);
    vm.add_builtin("dir", dir);
    vm.add_builtin("format", format);
    vm.add_builtin("input", input);
    vm.add_builtin("globals", globals);
    vm.add_builtin("locals", locals);
}

/// Whether `cls` (a class or nested tuple of classes) matches `t`.
fn class_matches(t: &Rc<Class>, spec: &Value, err: &str) -> PyResult<bool> {
    match spec {
        Value::Class(c) => Ok(t.is_subclass(c)),
        Value::Tuple(items) => {
            for s in items.iter() {
                if class_matches(t, s, err)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => Err(type_error(err.to_string())),
    }
}

fn isinstance(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("isinstance", kwargs)?;
    arity("isinstance", args, 2, 2)?;
    let t = vm.type_of(&args[0]);
    let r = class_matches(
        &t,
        &args[1],
        "isinstance() arg 2 must be a type, a tuple of types, or a union",
    )?;
    Ok(Value::Bool(r))
}

fn issubclass(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("issubclass", kwargs)?;
    arity("issubclass", args, 2, 2)?;
    let Value::Class(t) = &args[0] else {
        return Err(type_error("issubclass() arg 1 must be a class"));
    };
    let r = class_matches(
        t,
        &args[1],
        "issubclass() arg 2 must be a class, a tuple of classes, or a union",
    )?;
    Ok(Value::Bool(r))
}

/// `id(x)`: the heap address, or a stable number derived from the value
/// for inline immediates (equal immediates are "the same object").
pub fn id_of(v: &Value) -> i64 {
    if let Some(a) = v.rc_addr() {
        return a as i64;
    }
    // Odd numbers never collide with (aligned) heap addresses.
    let tagged = |tag: u64, x: u64| ((x.wrapping_mul(8) ^ tag) | 1) as i64 & i64::MAX;
    match v {
        Value::Int(i) => tagged(0x10, *i as u64),
        Value::Float(f) => tagged(0x20, f.to_bits()),
        Value::Bool(b) => tagged(0x30, *b as u64),
        Value::None | Value::Null => 0x41,
        Value::NotImplemented => 0x51,
        _ => 0x61,
    }
}

fn id(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("id", kwargs)?;
    exactly_one("id", args)?;
    Ok(Value::Int(id_of(&args[0])))
}

fn hash(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("hash", kwargs)?;
    exactly_one("hash", args)?;
    Ok(Value::Int(vm.hash(&args[0])? as i64))
}

fn repr(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("repr", kwargs)?;
    exactly_one("repr", args)?;
    Ok(Value::string(vm.repr(&args[0])?))
}

fn ascii(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("ascii", kwargs)?;
    exactly_one("ascii", args)?;
    let r = vm.repr(&args[0])?;
    Ok(Value::string(crate::types::repr::ascii(&r)))
}

/// Whether calling `v` can work.
pub fn is_callable(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Function(_)
        | Value::Native(_)
        | Value::BoundMethod(_)
        | Value::Class(_)
        | Value::StaticMethod(_) => true,
        Value::Instance(_) | Value::Object(_) => vm.type_of(v).lookup(&vm.names.call).is_some(),
        _ => false,
    }
}

fn callable(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("callable", kwargs)?;
    exactly_one("callable", args)?;
    Ok(Value::Bool(is_callable(vm, &args[0])))
}

fn attr_name<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a Str> {
    match v {
        Value::Str(s) => Ok(s),
        _ => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

fn getattr(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("getattr", kwargs)?;
    arity("getattr", args, 2, 3)?;
    let name = attr_name(vm, &args[1])?.clone();
    match vm.get_attr(&args[0], &name) {
        Err(e) if args.len() == 3 && err_is(vm, &e, ExcKind::AttributeError) => Ok(args[2].clone()),
        r => r,
    }
}

fn hasattr(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("hasattr", kwargs)?;
    arity("hasattr", args, 2, 2)?;
    let name = attr_name(vm, &args[1])?.clone();
    match vm.get_attr(&args[0], &name) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if err_is(vm, &e, ExcKind::AttributeError) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("setattr", kwargs)?;
    arity("setattr", args, 3, 3)?;
    let name = attr_name(vm, &args[1])?.clone();
    vm.set_attr(&args[0], &name, args[2].clone())?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("delattr", kwargs)?;
    arity("delattr", args, 2, 2)?;
    let name = attr_name(vm, &args[1])?.clone();
    vm.del_attr(&args[0], &name)?;
    Ok(Value::None)
}

fn vars(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("vars", kwargs)?;
    arity("vars", args, 0, 1)?;
    let Some(obj) = args.first() else {
        return Err(not_implemented("vars() without arguments"));
    };
    if let Value::Module(m) = obj {
        return Ok(Value::Dict(m.dict.clone()));
    }
    let name = vm.names.dict.clone();
    match vm.get_attr(obj, &name) {
        Err(e) if err_is(vm, &e, ExcKind::AttributeError) => {
            Err(type_error("vars() argument must have __dict__ attribute"))
        }
        r => r,
    }
}

/// Names visible on an object: instance dict plus every class dict on the
/// MRO, sorted.
pub fn dir_names(vm: &Vm, obj: &Value) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let push_dict = |names: &mut Vec<String>, d: &crate::object::Dict| {
        for k in d.keys() {
            if let Value::Str(s) = &k.key {
                names.push(s.as_str().to_string());
            }
        }
    };
    match obj {
        Value::Module(m) => push_dict(&mut names, &m.dict.borrow()),
        Value::Class(c) => {
            for k in crate::vm::types::full_mro(c) {
                push_dict(&mut names, &k.dict.borrow());
            }
        }
        _ => {
            if let Value::Instance(i) = obj {
                push_dict(&mut names, &i.dict.borrow());
            }
            for k in crate::vm::types::full_mro(&vm.type_of(obj)) {
                push_dict(&mut names, &k.dict.borrow());
            }
        }
    }
    names.sort();
    names.dedup();
    names
}

pub fn dir(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("dir", kwargs)?;
    arity("dir", args, 0, 1)?;
    let Some(obj) = args.first() else {
        return Err(not_implemented("dir() without arguments"));
    };
    // A user-defined __dir__ decides; its result is sorted.
    if matches!(obj, Value::Instance(_))
        && let Some(m) = vm.type_of(obj).lookup(&intern("__dir__"))
        && !matches!(m, Value::Native(_))
    {
        let r = vm.call(&m, vec![obj.clone()], vec![])?;
        let items = vm.collect(&r)?;
        let out = super::sequence::sort_values(vm, items, None, false)?;
        return Ok(Value::list(out));
    }
    let names = dir_names(vm, obj);
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

fn format(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let [kspec] = kwargs_named("format", kwargs, ["format_spec"])?;
    arity("format", args, 1, 2)?;
    let spec = args.get(1).cloned().or(kspec).unwrap_or(Value::str(""));
    let Value::Str(spec) = spec else {
        return Err(type_error(format!(
            "format() argument 2 must be str, not {}",
            vm.type_name(&spec)
        )));
    };
    Ok(Value::string(vm.format(&args[0], spec.as_str())?))
}

/// `input(prompt)`: the prompt goes to sys.stdout, flushed; the line
/// comes from sys.stdin (through its buffer, shared with `sys.stdin`).
fn input(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("input", kwargs)?;
    arity("input", args, 0, 1)?;
    let stream = |vm: &Vm, name: &str, default: Value| {
        crate::modules::sys::current_stream(vm, name).unwrap_or(default)
    };
    let stderr = stream(vm, "stderr", Value::Object(vm.stderr.file.clone()));
    let stdout = stream(vm, "stdout", Value::Object(vm.stdout.file.clone()));
    let stdin = stream(vm, "stdin", Value::Object(crate::io::stdin()));
    let flush = crate::value::intern("flush");
    if !stderr.is_none() {
        let f = vm.get_attr(&stderr, &flush)?;
        vm.call(&f, vec![], vec![])?;
    }
    if let Some(p) = args.first() {
        let s = vm.to_str(p)?;
        crate::modules::sys::write_to(vm, &stdout, &s, false)?;
    }
    let f = vm.get_attr(&stdout, &flush)?;
    vm.call(&f, vec![], vec![])?;
    let readline = vm.get_attr(&stdin, &crate::value::intern("readline"))?;
    let line = match vm.call(&readline, vec![], vec![])? {
        Value::Str(s) => s.as_str().to_string(),
        other => {
            return Err(type_error(format!(
                "object.readline() returned non-string (type {})",
                vm.type_name(&other)
            )));
        }
    };
    if line.is_empty() {
        return Err(PyErr::new(ExcKind::EOFError, "EOF when reading a line"));
    }
    Ok(Value::string(
        line.strip_suffix('\n').unwrap_or(&line).to_string(),
    ))
}

/// Needs the caller's frame, which natives do not receive; the VM
/// special-cases the call.
fn globals(_vm: &mut Vm, _args: &[Value], _kwargs: &[(Str, Value)]) -> PyResult<Value> {
    Err(not_implemented("globals()"))
}

fn locals(_vm: &mut Vm, _args: &[Value], _kwargs: &[(Str, Value)]) -> PyResult<Value> {
    Err(not_implemented("locals()"))
}
