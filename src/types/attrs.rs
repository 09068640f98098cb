//! Special attributes of built-in values (`f.__name__`, `x.real`, ...).

use crate::error::PyResult;
use crate::value::{Str, Value};
use crate::vm::Vm;
use std::rc::Rc;

/// The `gi_frame` of a suspended generator: a `frame` object exposing
/// `f_code`.
pub struct GenFrame {
    pub code: Value,
}

impl crate::object::NativeObject for GenFrame {
    fn type_name(&self) -> &str {
        "frame"
    }
    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// `Ok(Some(v))` when `obj.name` is a special attribute of a built-in
/// value; `Ok(None)` to continue with the type's methods.
pub fn builtin_attr(vm: &mut Vm, obj: &Value, name: &Str) -> PyResult<Option<Value>> {
    let n = name.as_str();
    Ok(match obj {
        Value::Function(f) => match n {
            "__name__" => Some(Value::Str(f.name.borrow().clone())),
            "__qualname__" => Some(Value::Str(f.qualname.borrow().clone())),
            "__doc__" => Some(f.doc.borrow().clone()),
            "__module__" => Some(f.module.clone()),
            "__defaults__" => Some(if f.defaults.is_empty() {
                Value::None
            } else {
                Value::tuple(f.defaults.clone())
            }),
            "__kwdefaults__" => Some(if f.kwdefaults.is_empty() {
                Value::None
            } else {
                let mut d = crate::object::Dict::default();
                for (k, v) in &f.kwdefaults {
                    d.set_str(k.clone(), v.clone());
                }
                Value::dict(d)
            }),
            "__closure__" => Some(if f.closure.is_empty() {
                Value::None
            } else {
                Value::tuple(f.closure.iter().cloned().map(Value::Cell).collect())
            }),
            "__code__" => Some(Value::Code(f.code.clone())),
            "__builtins__" => Some(Value::Dict(vm.builtins.clone())),
            "__globals__" => Some(Value::Dict(f.globals.clone())),
            "__dict__" => {
                let mut attrs = f.attrs.borrow_mut();
                Some(Value::Dict(
                    attrs.get_or_insert_with(Default::default).clone(),
                ))
            }
            _ => f
                .attrs
                .borrow()
                .as_ref()
                .and_then(|d| d.borrow().get_str(name).cloned()),
        },
        Value::Native(nf) => match n {
            "__name__" => Some(Value::str(nf.name)),
            "__qualname__" => Some(Value::str(&nf.qualname)),
            "__doc__" => {
                // Built-in functions carry CPython's docstrings.
                let key = crate::value::intern(nf.name);
                let is_builtin = matches!(vm.builtins.borrow().get_str(&key),
                    Some(b) if b.is(obj));
                Some(
                    match is_builtin
                        .then(|| crate::builtins::docs::builtin_doc(nf.name))
                        .flatten()
                    {
                        Some(d) => Value::str(d),
                        None => Value::None,
                    },
                )
            }
            "__module__" if nf.bound.is_none() && !nf.qualname.contains('.') => {
                Some(Value::interned("builtins"))
            }
            _ => None,
        },
        Value::BoundMethod(m) => match n {
            "__self__" => Some(m.receiver.clone()),
            "__func__" => Some(m.func.clone()),
            "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                let f = m.func.clone();
                Some(vm.get_attr(&f, name)?)
            }
            _ => None,
        },
        Value::Generator(g) => match n {
            "__name__" => Some(Value::Str(g.borrow().name.clone())),
            "__qualname__" => Some(Value::Str(g.borrow().qualname.clone())),
            "gi_running" => Some(Value::Bool(g.borrow().running)),
            "gi_code" => g
                .borrow()
                .frame
                .as_ref()
                .map(|f| Value::Code(f.code.clone())),
            "gi_frame" => Some(match &g.borrow().frame {
                Some(f) => Value::Object(Rc::new(GenFrame {
                    code: Value::Code(f.code.clone()),
                })),
                None => Value::None,
            }),
            _ => None,
        },
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => match n {
            "real" | "numerator" => Some(match obj {
                Value::Bool(b) => Value::Int(*b as i64),
                o => o.clone(),
            }),
            "imag" => Some(Value::Int(0)),
            "denominator" => Some(Value::Int(1)),
            _ => None,
        },
        Value::Float(f) => match n {
            "real" => Some(Value::Float(*f)),
            "imag" => Some(Value::Float(0.0)),
            _ => None,
        },
        Value::Slice(s) => match n {
            "start" => Some(s.start.clone()),
            "stop" => Some(s.stop.clone()),
            "step" => Some(s.step.clone()),
            _ => None,
        },
        Value::Range(r) => match n {
            "start" => Some(Value::Int(r.start)),
            "stop" => Some(Value::Int(r.stop)),
            "step" => Some(Value::Int(r.step)),
            _ => None,
        },
        Value::Property(p) => match n {
            "fget" => Some(p.fget.clone()),
            "fset" => Some(p.fset.clone()),
            "fdel" => Some(p.fdel.clone()),
            "__doc__" => Some(p.doc.clone()),
            _ => None,
        },
        Value::StaticMethod(f) | Value::ClassMethod(f) => match n {
            "__func__" => Some((**f).clone()),
            _ => None,
        },
        Value::Cell(c) => match n {
            "cell_contents" => {
                let v = c.borrow().clone();
                if v.is_null() {
                    return Err(crate::error::value_error("Cell is empty"));
                }
                Some(v)
            }
            _ => None,
        },
        Value::Code(c) => match n {
            "co_name" => Some(Value::Str(c.name.clone())),
            "co_filename" => Some(Value::str(&c.source.filename)),
            "co_firstlineno" => Some(Value::Int(c.first_line as i64)),
            "co_argcount" => Some(Value::Int(c.argcount as i64)),
            "co_kwonlyargcount" => Some(Value::Int(c.kwonlyargcount as i64)),
            "co_posonlyargcount" => Some(Value::Int(c.posonlyargcount as i64)),
            "co_nlocals" => Some(Value::Int(c.varnames.len() as i64)),
            "co_varnames" => Some(names_tuple(&c.varnames)),
            "co_cellvars" => Some(names_tuple(&c.cellvars)),
            "co_freevars" => Some(names_tuple(&c.freevars)),
            _ => None,
        },
        Value::Object(o) => {
            if let Some(fr) = o.as_any().downcast_ref::<GenFrame>() {
                return Ok(match n {
                    "f_code" => Some(fr.code.clone()),
                    _ => None,
                });
            }
            if let Some(fr) = o
                .as_any()
                .downcast_ref::<super::frame_object::FrameObject>()
            {
                return Ok(fr.attr(n));
            }
            if let Some(sup) = o.as_any().downcast_ref::<super::superobj::SuperObject>() {
                return super::superobj::super_getattr(vm, sup, name);
            }
            crate::modules::native_object_attr(vm, obj, name)?
        }
        _ => None,
    })
}

fn names_tuple(names: &[Str]) -> Value {
    Value::tuple(names.iter().map(|n| Value::Str(n.clone())).collect())
}
