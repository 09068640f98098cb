//! Small runtime services of the loop: the REPL's display hook, f-string
//! fields and annotations.

use super::Vm;
use crate::error::{PyResult, type_error};
use crate::object::Dict;
use crate::value::{Str, Value, intern};
use std::cell::RefCell;
use std::rc::Rc;

impl Vm {
    /// REPL echo: `repr(v)` unless None, and bind `builtins._`.
    pub fn display_hook(&mut self, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let s = self.repr(&v)?;
        self.stdout.write_str(&s);
        self.stdout.write_str("\n");
        self.stdout.flush();
        self.builtins.borrow_mut().set_str(intern("_"), v);
        Ok(())
    }

    /// One f-string field: conversion (0 none, 1 str, 2 repr, 3 ascii)
    /// then `format(v, spec)`.
    pub fn format_field(
        &mut self,
        v: Value,
        conversion: u32,
        spec: Option<Value>,
    ) -> PyResult<Value> {
        let v = match conversion {
            1 => Value::string(self.to_str(&v)?),
            2 => Value::string(self.repr(&v)?),
            3 => Value::string(crate::types::repr::ascii(&self.repr(&v)?)),
            _ => v,
        };
        let spec = match &spec {
            Some(Value::Str(s)) => s.as_str().to_string(),
            Some(_) => return Err(type_error("format spec must be a string")),
            None => String::new(),
        };
        if spec.is_empty()
            && let Value::Str(_) = v
        {
            return Ok(v);
        }
        let s = self.format(&v, &spec)?;
        Ok(Value::string(s))
    }

    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        crate::types::formatting::format_value(self, v, spec)
    }

    /// `x: T` at module or class level records `__annotations__['x'] = T`.
    pub fn store_annotation(
        &mut self,
        target: &Rc<RefCell<Dict>>,
        name: &Str,
        v: Value,
    ) -> PyResult<()> {
        let key = self.names.annotations.clone();
        let existing = target.borrow().get_str(&key).cloned();
        let ann = match existing {
            Some(Value::Dict(d)) => d,
            _ => {
                let d = Rc::new(RefCell::new(Dict::new()));
                target.borrow_mut().set_str(key, Value::Dict(d.clone()));
                d
            }
        };
        ann.borrow_mut().set_str(name.clone(), v);
        Ok(())
    }
}
