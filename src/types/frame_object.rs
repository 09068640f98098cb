//! The frame object a signal handler receives: a snapshot of the frame
//! that was running when the handler ran. pyproc's frames live on the Rust
//! stack and cannot be referenced from Python, so the snapshot keeps what
//! handlers read: the code, the line, the globals and the locals.

use crate::bytecode::Code;
use crate::error::PyResult;
use crate::object::Dict;
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use crate::vm::frame::Frame;
use std::cell::RefCell;
use std::rc::Rc;

pub struct FrameObject {
    code: Rc<Code>,
    line: u32,
    globals: Rc<RefCell<Dict>>,
    locals: Rc<RefCell<Dict>>,
}

impl crate::object::NativeObject for FrameObject {
    fn type_name(&self) -> &str {
        "frame"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

impl FrameObject {
    pub fn of(vm: &mut Vm, frame: &Frame) -> Value {
        register_class(vm);
        // `ip` is past the instruction being run.
        let line = frame.code.line_at(frame.ip.saturating_sub(1));
        Value::Object(Rc::new(FrameObject {
            code: frame.code.clone(),
            line,
            globals: frame.globals.clone(),
            locals: locals_of(frame),
        }))
    }

    pub fn attr(&self, name: &str) -> Option<Value> {
        Some(match name {
            "f_code" => Value::Code(self.code.clone()),
            "f_lineno" => Value::Int(self.line as i64),
            "f_globals" => Value::Dict(self.globals.clone()),
            "f_locals" => Value::Dict(self.locals.clone()),
            // Callers' frames are not kept.
            "f_back" => Value::None,
            _ => return None,
        })
    }
}

/// Module and class bodies have a locals mapping; a function's locals are
/// copied from its fast slots (unbound ones left out, as in CPython).
fn locals_of(frame: &Frame) -> Rc<RefCell<Dict>> {
    if let Some(locals) = &frame.locals {
        return locals.clone();
    }
    let mut d = Dict::new();
    for (name, v) in frame.code.varnames.iter().zip(frame.locals()) {
        if !v.is_null() {
            d.set_str(name.clone(), v.clone());
        }
    }
    Rc::new(RefCell::new(d))
}

/// The `frame` type, made when the first frame object is: it gives frame
/// objects their type name and CPython's repr.
fn register_class(vm: &mut Vm) {
    let key = intern("frame");
    if vm.native_classes.borrow().get_str(&key).is_some() {
        return;
    }
    let object = vm.types.object.clone();
    let cls = crate::vm::types::builtin_class(
        "frame",
        vec![object],
        crate::object::class::Layout::Builtin,
    );
    let repr = vm.native("__repr__", "frame.__repr__".into(), frame_repr);
    cls.dict.borrow_mut().set_str(intern("__repr__"), repr);
    vm.native_classes
        .borrow_mut()
        .set_str(key, Value::Class(cls));
}

/// `<frame at 0x..., file '...', line N, code NAME>`.
fn frame_repr(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let Some(this) = args.first() else {
        return Err(crate::error::type_error("__repr__ needs self"));
    };
    let Value::Object(o) = this else {
        return Ok(Value::string(crate::types::object::default_repr(vm, this)));
    };
    let Some(fr) = o.as_any().downcast_ref::<FrameObject>() else {
        return Ok(Value::string(crate::types::object::default_repr(vm, this)));
    };
    Ok(Value::string(format!(
        "<frame at {}, file '{}', line {}, code {}>",
        crate::types::repr::addr_hex(this),
        fr.code.source.filename,
        fr.line,
        fr.code.name.as_str()
    )))
}
