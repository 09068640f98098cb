//! Integer enumerations (`signal.Signals`, `Handlers`, `Sigmasks`): `int`
//! subclasses whose members are named singletons, behaving as CPython's
//! `enum.IntEnum` for what pyproc supports. pyproc has no `enum` module
//! and no metaclasses yet, so the classes themselves cannot be iterated
//! or subscripted and repr as plain classes.

use crate::error::{PyResult, type_error, value_error};
use crate::object::class::{Instance, InstancePayload, Property};
use crate::object::{Class, Dict};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// The class `module.name` with these members (a later name with an
/// earlier value is an alias of that member, as in `enum`). Created once
/// per VM.
pub fn class(vm: &mut Vm, module: &str, name: &str, members: &[(&str, i64)]) -> Rc<Class> {
    let key = intern(&format!("<enum {module}.{name}>"));
    if let Some(Value::Class(c)) = vm.native_classes.borrow().get_str(&key) {
        return c.clone();
    }
    let cls = build(vm, module, name, members);
    vm.native_classes
        .borrow_mut()
        .set_str(key, Value::Class(cls.clone()));
    cls
}

fn build(vm: &mut Vm, module: &str, name: &str, members: &[(&str, i64)]) -> Rc<Class> {
    let mut d = Dict::new();
    d.set_str(intern("__module__"), Value::str(module));
    let int = vm.types.int.clone();
    let cls = crate::vm::types::new_class(intern(name), vec![int], d).expect("int is subclassable");
    vm.add_method(&cls, "__repr__", repr);
    set(&cls, "__str__", str_method(vm));
    // A static method, as `__new__` is: the class calls it with itself.
    let new = vm.native("__new__", format!("{name}.__new__"), new);
    set(&cls, "__new__", Value::StaticMethod(Rc::new(new)));
    set(&cls, "name", property(vm, "name", member_name));
    set(&cls, "value", property(vm, "value", member_value));
    add_members(vm, &cls, members);
    cls
}

fn set(cls: &Rc<Class>, name: &str, v: Value) {
    cls.dict.borrow_mut().set_str(intern(name), v);
}

fn property(vm: &Vm, name: &'static str, fget: crate::object::NativeFn) -> Value {
    Value::Property(Rc::new(Property {
        fget: vm.native(name, name.to_string(), fget),
        fset: Value::None,
        fdel: Value::None,
        doc: Value::None,
    }))
}

/// Members become class attributes; `_member_map_` (every name, aliases
/// included), `_member_names_` (canonical names) and `_value2member_map_`
/// are kept under CPython's names.
fn add_members(vm: &mut Vm, cls: &Rc<Class>, members: &[(&str, i64)]) {
    let by_name = Rc::new(RefCell::new(Dict::new()));
    let by_value = Rc::new(RefCell::new(Dict::new()));
    let mut names = Vec::new();
    for (name, v) in members {
        let member = match vm.dict_get(&by_value, &Value::Int(*v)) {
            Ok(Some(existing)) => existing,
            _ => {
                let m = make_member(cls, name, *v);
                let _ = vm.dict_set(&mut by_value.borrow_mut(), Value::Int(*v), m.clone());
                names.push(Value::str(name));
                m
            }
        };
        by_name.borrow_mut().set_str(intern(name), member.clone());
        set(cls, name, member);
    }
    set(cls, "_member_map_", Value::Dict(by_name.clone()));
    set(cls, "__members__", Value::Dict(by_name));
    set(cls, "_value2member_map_", Value::Dict(by_value));
    set(cls, "_member_names_", Value::list(names));
}

fn make_member(cls: &Rc<Class>, name: &str, v: i64) -> Value {
    let mut d = Dict::new();
    d.set_str(intern("_name_"), Value::str(name));
    d.set_str(intern("_value_"), Value::Int(v));
    Value::Instance(Rc::new(Instance {
        class: RefCell::new(cls.clone()),
        dict: Rc::new(RefCell::new(d)),
        payload: InstancePayload::Builtin(RefCell::new(Value::Int(v))),
    }))
}

/// The member with value `v`, or None.
pub fn member(vm: &mut Vm, cls: &Rc<Class>, v: &Value) -> PyResult<Option<Value>> {
    let Some(Value::Dict(by_value)) = cls
        .dict
        .borrow()
        .get_str(&intern("_value2member_map_"))
        .cloned()
    else {
        return Ok(None);
    };
    vm.dict_get(&by_value, v)
}

/// The member with value `n` if there is one, else the plain int (what
/// CPython's `signal._int_to_enum` does).
pub fn member_or_int(vm: &mut Vm, cls: &Rc<Class>, n: i64) -> Value {
    match member(vm, cls, &Value::Int(n)) {
        Ok(Some(m)) => m,
        _ => Value::Int(n),
    }
}

fn field(v: Option<&Value>, name: &str) -> PyResult<Value> {
    if let Some(Value::Instance(inst)) = v
        && let Some(f) = inst.dict.borrow().get_str(&intern(name))
    {
        return Ok(f.clone());
    }
    Err(type_error("descriptor requires an enum member"))
}

fn member_name(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    field(args.first(), "_name_")
}

fn member_value(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    field(args.first(), "_value_")
}

/// `<Signals.SIGTERM: 15>`
fn repr(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let this = args.first();
    let name = field(this, "_name_")?;
    let value = field(this, "_value_")?;
    let cls = vm.type_of(this.unwrap_or(&Value::None));
    Ok(Value::string(format!(
        "<{}.{}: {}>",
        cls.name(),
        vm.to_str(&name)?,
        vm.repr(&value)?
    )))
}

/// `str(signal.SIGTERM)` is `'15'`: IntEnum prints as its int in 3.11.
/// Written in pyproc because `str()` does not call a native `__str__`.
fn str_method(vm: &mut Vm) -> Value {
    const SRC: &str = "def __str__(self):\n    return repr(self._value_)\n";
    let Value::Module(scratch) = vm.new_module("signal") else {
        return Value::None;
    };
    let globals = scratch.dict.clone();
    if crate::run::exec_source(vm, SRC, "<signal>", globals.clone()).is_err() {
        return Value::None;
    }
    let f = globals.borrow().get_str(&intern("__str__")).cloned();
    f.unwrap_or(Value::None)
}

/// `Signals(15)` is the member SIGTERM; a member passes through.
fn new(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let Some(Value::Class(cls)) = args.first() else {
        return Err(type_error("enum.__new__(X): X is not a type object"));
    };
    let cls = cls.clone();
    if !kwargs.is_empty() || args.len() != 2 {
        return Err(type_error(format!(
            "{}() takes exactly one argument ({} given)",
            cls.name(),
            args.len().saturating_sub(1) + kwargs.len()
        )));
    }
    let value = &args[1];
    if vm.type_of(value).is_subclass(&cls) {
        return Ok(value.clone());
    }
    // An unhashable value is simply no member's value.
    if let Ok(Some(m)) = member(vm, &cls, value) {
        return Ok(m);
    }
    Err(value_error(format!(
        "{} is not a valid {}",
        vm.repr(value)?,
        cls.qualname.borrow().as_str()
    )))
}
