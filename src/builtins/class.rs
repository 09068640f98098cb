//! `__build_class__` (the `class` statement) and `super`.

use crate::error::{ExcKind, PyErr, PyResult, type_error};
use crate::object::{Class, Dict};
use crate::value::{Str, Value};
use crate::vm::Vm;
use crate::vm::frame::Frame;
use std::cell::RefCell;
use std::rc::Rc;

pub fn register(vm: &mut Vm) {
    let bc = vm.native("__build_class__", "__build_class__".into(), build_class);
    vm.builtins
        .borrow_mut()
        .set_str(crate::value::intern("__build_class__"), bc);
    let sup = Value::Native(Rc::new(crate::object::NativeFunction {
        name: "super",
        qualname: "super".into(),
        func: super_call,
        bound: None,
        data: Value::Int(super::frame::SUPER),
        unwrap_self: false,
    }));
    vm.builtins
        .borrow_mut()
        .set_str(crate::value::intern("super"), sup);
}

/// `__build_class__(body, name, *bases, **kw)`: runs the body with a fresh
/// namespace, creates the class, and fills the `__class__` cell.
fn build_class(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let (Some(Value::Function(body)), Some(Value::Str(name))) = (args.first(), args.get(1)) else {
        return Err(type_error("__build_class__: invalid arguments"));
    };
    let mut bases = Vec::new();
    for b in &args[2..] {
        match b {
            Value::Class(c) => bases.push(c.clone()),
            other => {
                return Err(type_error(format!(
                    "bases must be types, not {}",
                    vm.type_name(other)
                )));
            }
        }
    }
    for (k, _) in kwargs {
        if k.as_str() == "metaclass" {
            return Err(PyErr::new(
                ExcKind::NotImplementedError,
                "metaclasses are not supported by pyproc yet",
            ));
        }
    }
    if bases.is_empty() {
        bases.push(vm.types.object.clone());
    }
    let namespace = Rc::new(RefCell::new(Dict::new()));
    let mut frame = Frame::new(body.code.clone(), body.globals.clone());
    frame.locals = Some(namespace.clone());
    let body = body.clone();
    let cell = {
        let f = body.clone();
        let mut frame = frame;
        // Cells of the body (its `__class__` cell) and the closure.
        frame.cells = (0..f.code.cellvars.len())
            .map(|_| Rc::new(RefCell::new(Value::Null)))
            .chain(f.closure.iter().cloned())
            .collect();
        match vm.run_nested(&mut frame)? {
            crate::vm::exec::FrameExit::Return(v) | crate::vm::exec::FrameExit::Yield(v) => v,
        }
    };
    let mut ns = std::mem::take(&mut *namespace.borrow_mut());
    ns.remove_str(&vm.names.classcell);
    let cls = crate::vm::types::new_class(name.clone(), bases, ns)?;
    if let Value::Cell(c) = cell {
        *c.borrow_mut() = Value::Class(cls.clone());
    }
    init_subclass(vm, &cls)?;
    Ok(Value::Class(cls))
}

/// Calls `__set_name__` on descriptors and the parent's `__init_subclass__`.
fn init_subclass(vm: &mut Vm, cls: &Rc<Class>) -> PyResult<()> {
    let entries: Vec<(Value, Value)> = cls
        .dict
        .borrow()
        .iter()
        .map(|(k, v)| (k.key.clone(), v.clone()))
        .collect();
    let set_name = vm.names.set_name.clone();
    for (k, v) in entries {
        if let Value::Instance(_) = &v
            && let Some(m) = vm.type_of(&v).lookup(&set_name)
        {
            vm.call(&m, vec![v.clone(), Value::Class(cls.clone()), k], vec![])?;
        }
    }
    let init_sub = vm.names.init_subclass.clone();
    for base in &cls.mro {
        if let Some(f) = base.dict.borrow().get_str(&init_sub).cloned() {
            let f = match f {
                Value::ClassMethod(f) => (*f).clone(),
                f => f,
            };
            vm.call(&f, vec![Value::Class(cls.clone())], vec![])?;
            break;
        }
    }
    Ok(())
}

/// `super(type, obj)`: an object whose attribute lookups start after
/// `type` in `obj`'s MRO.
pub fn super_call(vm: &mut Vm, args: &[Value], _kwargs: &[(Str, Value)]) -> PyResult<Value> {
    match args {
        [Value::Class(start), obj] => Ok(make_super(vm, start.clone(), obj.clone())),
        [] => Err(PyErr::new(ExcKind::RuntimeError, "super(): no arguments")),
        _ => Err(type_error("super() argument 1 must be a type")),
    }
}

/// The proxy object: an instance of the built-in `super` class holding
/// the start class and the receiver.
pub fn make_super(vm: &mut Vm, start: Rc<Class>, obj: Value) -> Value {
    crate::types::superobj::new_super(vm, start, obj)
}

impl Vm {
    /// `super()` inside a method: the `__class__` cell and first argument.
    pub fn zero_arg_super(&mut self, frame: &Frame) -> PyResult<Value> {
        let code = &frame.code;
        if code.argcount == 0 && code.flags & crate::bytecode::flags::VARARGS == 0 {
            return Err(PyErr::new(ExcKind::RuntimeError, "super(): no arguments"));
        }
        let class_idx = code
            .cellvars
            .iter()
            .chain(code.freevars.iter())
            .position(|n| n.as_str() == "__class__");
        let Some(idx) = class_idx else {
            return Err(PyErr::new(
                ExcKind::RuntimeError,
                "super(): __class__ cell not found",
            ));
        };
        let cls = frame.cells[idx].borrow().clone();
        let Value::Class(cls) = cls else {
            return Err(PyErr::new(
                ExcKind::RuntimeError,
                "super(): empty __class__ cell",
            ));
        };
        // The first argument may have moved into a cell.
        let mut first = frame.locals().first().cloned().unwrap_or(Value::Null);
        if let Some(&(cell, _)) = code.cell_params.iter().find(|(_, slot)| *slot == 0) {
            first = frame.cells[cell as usize].borrow().clone();
        }
        if first.is_null() {
            return Err(PyErr::new(ExcKind::RuntimeError, "super(): arg[0] deleted"));
        }
        Ok(make_super(self, cls, first))
    }

    pub fn builtin_build_class(&self) -> Value {
        self.builtins
            .borrow()
            .get_str(&crate::value::intern("__build_class__"))
            .cloned()
            .unwrap_or(Value::None)
    }
}
