//! The frame object a signal handler receives: a snapshot of the frame
//! that was running when the handler ran. pyproc's frames live on the Rust
//! stack and cannot be referenced from Python, so the snapshot keeps what
//! handlers read: the code, the line, the globals and the locals.

use crate::bytecode::Code;
use crate::object::Dict;
use crate::value::Value;
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
    pub fn of(frame: &Frame) -> Value {
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
    for (name, v) in frame.code.varnames.iter().zip(&frame.stack) {
        if !v.is_null() {
            d.set_str(name.clone(), v.clone());
        }
    }
    Rc::new(RefCell::new(d))
}
