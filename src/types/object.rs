//! The natives on `object`, the root of every class.

use crate::error::{ExcKind, PyErr, PyResult, attribute_error, type_error};
use crate::object::Class;
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use std::rc::Rc;

pub fn register(vm: &mut Vm) {
    let c = vm.types.object.clone();
    vm.add_method(&c, "__init__", object_init);
    vm.add_method(&c, "__eq__", object_eq);
    vm.add_method(&c, "__ne__", object_ne);
    vm.add_method(&c, "__hash__", object_hash);
    vm.add_method(&c, "__repr__", object_repr);
    vm.add_method(&c, "__str__", object_str);
    vm.add_method(&c, "__setattr__", object_setattr);
    vm.add_method(&c, "__getattribute__", object_getattribute);
    vm.add_method(&c, "__delattr__", object_delattr);
    vm.add_method(&c, "__dir__", object_dir);
    vm.add_method(&c, "__format__", object_format);
    let none = vm.types.none.clone();
    vm.add_method(&none, "__new__", none_new);
    let ni = vm.types.notimplemented.clone();
    vm.add_method(&ni, "__new__", notimplemented_new);
    let ellipsis = vm.types.ellipsis.clone();
    vm.add_method(&ellipsis, "__new__", ellipsis_new);
    let new = vm.native("__new__", "object.__new__".into(), object_new);
    let isc = vm.native(
        "__init_subclass__",
        "object.__init_subclass__".into(),
        init_subclass,
    );
    let mut d = c.dict.borrow_mut();
    d.set_str(intern("__new__"), Value::StaticMethod(Rc::new(new)));
    d.set_str(
        intern("__init_subclass__"),
        Value::ClassMethod(Rc::new(isc)),
    );
}

/// Whether `cls` resolves `name` to something other than object's own
/// entry (i.e. a class on the MRO overrides it).
fn overrides(vm: &Vm, cls: &Rc<Class>, name: &str) -> bool {
    let name = intern(name);
    let own = vm.types.object.dict.borrow().get_str(&name).cloned();
    match (cls.lookup(&name), own) {
        (Some(found), Some(own)) => !found.is(&own),
        (Some(_), None) => true,
        _ => false,
    }
}

/// `object.__new__(cls, *args)`: a fresh instance. Extra arguments are
/// only allowed when the class overrides `__init__` (CPython's rule).
fn object_new(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Class(cls)) => cls,
        Some(other) => {
            return Err(type_error(format!(
                "object.__new__(X): X is not a type object ({})",
                vm.type_name(other)
            )));
        }
        None => return Err(type_error("object.__new__(): not enough arguments")),
    };
    let cls = cls.clone();
    if cls.layout == crate::object::class::Layout::Builtin && cls.builtin != Some("object") {
        let n = cls.name();
        return Err(type_error(format!(
            "object.__new__({n}) is not safe, use {n}.__new__()"
        )));
    }
    let excess = args.len() > 1 || !kwargs.is_empty();
    if excess && !overrides(vm, &cls, "__init__") {
        if overrides(vm, &cls, "__new__") {
            return Err(type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        return Err(type_error(format!("{}() takes no arguments", cls.name())));
    }
    Ok(vm.new_instance(&cls))
}

fn object_init(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let Some(obj) = args.first() else {
        return Err(type_error(
            "descriptor '__init__' of 'object' object needs an argument",
        ));
    };
    let excess = args.len() > 1 || !kwargs.is_empty();
    if excess {
        let cls = vm.type_of(obj);
        if overrides(vm, &cls, "__init__") {
            return Err(type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if !overrides(vm, &cls, "__new__") {
            return Err(type_error(format!("{}() takes no arguments", cls.name())));
        }
    }
    Ok(Value::None)
}

fn two<'a>(name: &str, args: &'a [Value]) -> PyResult<(&'a Value, &'a Value)> {
    match args {
        [a, b] => Ok((a, b)),
        _ => Err(type_error(format!(
            "expected 1 argument, got {} ({name})",
            args.len().saturating_sub(1)
        ))),
    }
}

fn object_eq(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let (a, b) = two("__eq__", args)?;
    Ok(if a.is(b) {
        Value::Bool(true)
    } else {
        Value::NotImplemented
    })
}

/// Inverts `__eq__` unless it returns NotImplemented.
fn object_ne(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let (a, b) = two("__ne__", args)?;
    let eq = vm.names.eq.clone();
    match vm.call_special(a, &eq, vec![b.clone()])? {
        Some(Value::NotImplemented) | None => Ok(Value::NotImplemented),
        Some(r) => Ok(Value::Bool(!vm.truthy(&r)?)),
    }
}

fn object_hash(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let obj = args
        .first()
        .ok_or_else(|| type_error("__hash__ needs self"))?;
    // CPython rotates the address by 4 bits.
    let addr = crate::builtins::introspect::id_of(obj) as u64;
    Ok(Value::Int(addr.rotate_right(4) as i64))
}

/// `<__main__.C object at 0x7f...>`.
pub fn default_repr(vm: &Vm, obj: &Value) -> String {
    let cls = vm.type_of(obj);
    let module = match cls.dict.borrow().get_str(&vm.names.module) {
        Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.", m.as_str()),
        _ => String::new(),
    };
    let qual = cls.qualname.borrow().as_str().to_string();
    let addr = crate::builtins::introspect::id_of(obj);
    format!("<{module}{qual} object at {addr:#x}>")
}

fn object_repr(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let obj = args
        .first()
        .ok_or_else(|| type_error("__repr__ needs self"))?;
    Ok(Value::string(default_repr(vm, obj)))
}

fn object_str(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let obj = args
        .first()
        .ok_or_else(|| type_error("__str__ needs self"))?;
    Ok(Value::string(vm.repr(obj)?))
}

fn name_arg(vm: &Vm, args: &[Value], i: usize) -> PyResult<Str> {
    match args.get(i) {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(v) => Err(type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
        None => Err(type_error("expected more arguments")),
    }
}

/// Generic attribute store. Called from a user `__setattr__`, so it must
/// not dispatch back to it: instances store straight into their dict
/// (after properties and `__set__` descriptors).
fn object_setattr(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    if args.len() != 3 {
        return Err(type_error(format!(
            "expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    }
    let name = name_arg(vm, args, 1)?;
    let value = args[2].clone();
    let Value::Instance(inst) = &args[0] else {
        vm.set_attr(&args[0], &name, value)?;
        return Ok(Value::None);
    };
    let cls = inst.class.borrow().clone();
    if let Some(value) = vm.set_through_descriptor(&args[0], &cls, &name, value)? {
        inst.dict.borrow_mut().set_str(name, value);
    }
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let obj = args
        .first()
        .ok_or_else(|| type_error("__getattribute__ needs self"))?;
    let name = name_arg(vm, args, 1)?;
    vm.get_attr(obj, &name)
}

fn object_delattr(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let obj = args
        .first()
        .ok_or_else(|| type_error("__delattr__ needs self"))?;
    let name = name_arg(vm, args, 1)?;
    if let Value::Instance(inst) = obj {
        let cls = inst.class.borrow().clone();
        if let Some(Value::Property(p)) = cls.lookup(&name) {
            if p.fdel.is_none() {
                return Err(attribute_error(format!(
                    "property '{}' of '{}' object has no deleter",
                    name.as_str(),
                    cls.name()
                )));
            }
            let f = p.fdel.clone();
            vm.call(&f, vec![obj.clone()], vec![])?;
            return Ok(Value::None);
        }
        let removed = inst.dict.borrow_mut().remove_str(&name);
        return match removed {
            Some(_) => Ok(Value::None),
            None => Err(vm.no_attribute(obj, &name)),
        };
    }
    vm.del_attr(obj, &name)?;
    Ok(Value::None)
}

fn object_dir(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let obj = args
        .first()
        .ok_or_else(|| type_error("__dir__ needs self"))?;
    let names = crate::builtins::introspect::dir_names(vm, obj);
    Ok(Value::list(names.into_iter().map(Value::string).collect()))
}

fn object_format(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let (obj, spec) = two("__format__", args)?;
    match spec {
        Value::Str(s) if s.as_str().is_empty() => Ok(Value::string(vm.to_str(obj)?)),
        Value::Str(_) => Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(obj)
        ))),
        other => Err(PyErr::new(
            ExcKind::TypeError,
            format!(
                "__format__() argument must be str, not {}",
                vm.type_name(other)
            ),
        )),
    }
}

fn init_subclass(_vm: &mut Vm, _args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    if let Some((k, _)) = kwargs.first() {
        return Err(type_error(format!(
            "__init_subclass__() takes no keyword arguments (got '{}')",
            k.as_str()
        )));
    }
    Ok(Value::None)
}

/// `type(None)()`, `type(NotImplemented)()`, `type(...)()`: the singletons.
fn singleton_new(
    name: &str,
    value: Value,
    args: &[Value],
    kwargs: &[(Str, Value)],
) -> PyResult<Value> {
    if !args.is_empty() || !kwargs.is_empty() {
        return Err(type_error(format!("{name} takes no arguments")));
    }
    Ok(value)
}

fn none_new(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    singleton_new("NoneType", Value::None, args, kwargs)
}

fn notimplemented_new(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    singleton_new("NotImplementedType", Value::NotImplemented, args, kwargs)
}

fn ellipsis_new(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    singleton_new("ellipsis", Value::Ellipsis, args, kwargs)
}
