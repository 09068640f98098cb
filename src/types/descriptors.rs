//! `property`, `staticmethod`, `classmethod` constructors and the methods
//! of `type` itself.

use crate::builtins::args::kwargs_named;
use crate::error::{PyResult, type_error};
use crate::object::{Class, Dict, Property};
use crate::value::{Str, Value};
use crate::vm::Vm;
use std::rc::Rc;

pub fn register(vm: &mut Vm) {
    let t = &vm.types;
    let (prop, sm, cm, ty) = (
        t.property.clone(),
        t.staticmethod.clone(),
        t.classmethod.clone(),
        t.type_.clone(),
    );
    vm.add_method(&prop, "__new__", property_new);
    vm.add_method(&prop, "getter", getter);
    vm.add_method(&prop, "setter", setter);
    vm.add_method(&prop, "deleter", deleter);
    vm.add_method(&sm, "__new__", staticmethod_new);
    vm.add_method(&cm, "__new__", classmethod_new);
    vm.add_method(&ty, "__new__", type_new);
    vm.add_method(&ty, "mro", mro);
}

/// `property(fget=None, fset=None, fdel=None, doc=None)`.
fn property_new(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let kw = kwargs_named("property", kwargs, ["fget", "fset", "fdel", "doc"])?;
    if args.len() > 4 {
        return Err(type_error(format!(
            "property() takes at most 4 arguments ({} given)",
            args.len()
        )));
    }
    let mut parts = kw.map(|v| v.unwrap_or(Value::None));
    for (i, a) in args.iter().enumerate() {
        parts[i] = a.clone();
    }
    let [fget, fset, fdel, mut doc] = parts;
    // Without an explicit doc, the getter's docstring is used.
    if doc.is_none() && !fget.is_none() {
        let name = crate::value::intern("__doc__");
        if let Ok(d) = vm.get_attr(&fget, &name) {
            doc = d;
        }
    }
    Ok(Value::Property(Rc::new(Property {
        fget,
        fset,
        fdel,
        doc,
    })))
}

fn self_prop(args: &[Value]) -> PyResult<(Rc<Property>, Value)> {
    match args {
        [Value::Property(p), f] => Ok((p.clone(), f.clone())),
        [Value::Property(_)] | [Value::Property(_), ..] => Err(type_error(format!(
            "expected 1 argument, got {}",
            args.len() - 1
        ))),
        _ => Err(type_error("descriptor requires a 'property' object")),
    }
}

/// A copy of `p` with one accessor replaced (properties are immutable).
fn with(p: &Property, fget: Option<Value>, fset: Option<Value>, fdel: Option<Value>) -> Value {
    Value::Property(Rc::new(Property {
        fget: fget.unwrap_or_else(|| p.fget.clone()),
        fset: fset.unwrap_or_else(|| p.fset.clone()),
        fdel: fdel.unwrap_or_else(|| p.fdel.clone()),
        doc: p.doc.clone(),
    }))
}

fn getter(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let (p, f) = self_prop(args)?;
    Ok(with(&p, Some(f), None, None))
}

fn setter(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let (p, f) = self_prop(args)?;
    Ok(with(&p, None, Some(f), None))
}

fn deleter(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let (p, f) = self_prop(args)?;
    Ok(with(&p, None, None, Some(f)))
}

fn one_arg(name: &str, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    if !kwargs.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    match args {
        [f] => Ok(f.clone()),
        _ => Err(type_error(format!(
            "{name} expected 1 argument, got {}",
            args.len()
        ))),
    }
}

fn staticmethod_new(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::StaticMethod(Rc::new(one_arg(
        "staticmethod",
        args,
        kwargs,
    )?)))
}

fn classmethod_new(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::ClassMethod(Rc::new(one_arg(
        "classmethod",
        args,
        kwargs,
    )?)))
}

/// `type(x)` returns x's class; `type(name, bases, dict)` makes a class.
fn type_new(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    match args {
        [x] if kwargs.is_empty() => Ok(Value::Class(vm.type_of(x))),
        [name, bases, dict] => {
            let Value::Str(name) = name else {
                return Err(type_error(format!(
                    "type.__new__() argument 1 must be str, not {}",
                    vm.type_name(name)
                )));
            };
            let Value::Tuple(bases) = bases else {
                return Err(type_error(format!(
                    "type.__new__() argument 2 must be tuple, not {}",
                    vm.type_name(bases)
                )));
            };
            let Value::Dict(d) = dict else {
                return Err(type_error(format!(
                    "type.__new__() argument 3 must be dict, not {}",
                    vm.type_name(dict)
                )));
            };
            let mut classes: Vec<Rc<Class>> = Vec::with_capacity(bases.len());
            for b in bases.iter() {
                match b {
                    Value::Class(c) => classes.push(c.clone()),
                    other => {
                        return Err(type_error(format!(
                            "bases must be types, not {}",
                            vm.type_name(other)
                        )));
                    }
                }
            }
            if classes.is_empty() {
                classes.push(vm.types.object.clone());
            }
            let ns: Dict = d.borrow().clone();
            let cls = crate::vm::types::new_class(name.clone(), classes, ns)?;
            Ok(Value::Class(cls))
        }
        _ => Err(type_error("type() takes 1 or 3 arguments")),
    }
}

fn mro(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    match args.first() {
        Some(Value::Class(c)) => Ok(Value::list(
            crate::vm::types::full_mro(c)
                .into_iter()
                .map(Value::Class)
                .collect(),
        )),
        _ => Err(type_error("descriptor 'mro' requires a 'type' object")),
    }
}
