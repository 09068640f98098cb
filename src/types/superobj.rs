//! `super` proxies: attribute lookup that starts after a class in the MRO.

use crate::error::PyResult;
use crate::object::{Class, NativeObject};
use crate::value::{Str, Value};
use crate::vm::Vm;
use std::any::Any;
use std::rc::Rc;

pub struct SuperObject {
    pub start: Rc<Class>,
    pub obj: Value,
}

impl NativeObject for SuperObject {
    fn type_name(&self) -> &str {
        "super"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub fn new_super(_vm: &mut Vm, start: Rc<Class>, obj: Value) -> Value {
    Value::Object(Rc::new(SuperObject { start, obj }))
}

/// `super().name`: the first class after `start` in the receiver's MRO
/// that defines `name`, bound to the receiver.
pub fn super_getattr(vm: &mut Vm, sup: &SuperObject, name: &Str) -> PyResult<Option<Value>> {
    let (mro_owner, is_class) = match &sup.obj {
        Value::Class(c) => (c.clone(), true),
        other => (vm.type_of(other), false),
    };
    let mro = crate::vm::types::full_mro(&mro_owner);
    let pos = mro.iter().position(|c| Rc::ptr_eq(c, &sup.start));
    let Some(pos) = pos else {
        return Ok(None);
    };
    for cls in &mro[pos + 1..] {
        let found = cls.dict.borrow().get_str(name).cloned();
        if let Some(v) = found {
            if name.as_str() == "__new__" {
                return Ok(Some(vm.wrap_builtin_new(cls, v)));
            }
            return Ok(Some(match v {
                Value::Function(_) | Value::Native(_) if !is_class => vm.bind(v, &sup.obj),
                Value::ClassMethod(f) => vm.bind((*f).clone(), &Value::Class(mro_owner.clone())),
                Value::StaticMethod(f) => (*f).clone(),
                Value::Property(p) if !is_class => {
                    let g = p.fget.clone();
                    vm.call(&g, vec![sup.obj.clone()], vec![])?
                }
                other => other,
            }));
        }
    }
    Ok(None)
}
