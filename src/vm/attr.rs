//! Attribute access: descriptors, instance dicts, class MROs, modules and
//! the special attributes of built-in objects.

use super::Vm;
use crate::error::{ExcKind, PyErr, PyResult, attribute_error, type_error};
use crate::object::class::InstancePayload;
use crate::value::{Str, Value};
use std::rc::Rc;

impl Vm {
    /// As CPython's `slot_tp_getattr_hook`: an AttributeError from the
    /// normal lookup (a property's getter, say) goes to the class's
    /// `__getattr__` when it has one.
    fn getattr_fallback(
        &mut self,
        r: PyResult<Value>,
        obj: &Value,
        cls: &Rc<crate::object::Class>,
        name: &Str,
    ) -> PyResult<Value> {
        let Err(e) = r else {
            return r;
        };
        let Some(getattr) = cls.lookup(&self.names.getattr) else {
            return Err(e);
        };
        let exc = self.materialize(e);
        if !self.is_kind(&exc, ExcKind::AttributeError) {
            return Err(PyErr::from_value(exc));
        }
        self.call(
            &getattr,
            vec![obj.clone(), Value::Str(name.clone())],
            vec![],
        )
    }

    /// `obj.name`.
    pub fn get_attr(&mut self, obj: &Value, name: &Str) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                if cls.instance_dict_first(name)
                    && let Some(v) = inst.dict.borrow().get_str(name)
                {
                    return Ok(v.clone());
                }
                let class_attr = cls.lookup(name);
                // Data descriptors (properties) win over the instance dict.
                if let Some(Value::Property(p)) = &class_attr {
                    if p.fget.is_none() {
                        return Err(attribute_error(format!(
                            "property '{}' of '{}' object has no getter",
                            name.as_str(),
                            cls.name()
                        )));
                    }
                    let getter = p.fget.clone();
                    let r = self.call(&getter, vec![obj.clone()], vec![]);
                    return self.getattr_fallback(r, obj, &cls, name);
                }
                if let Some(attr @ Value::Instance(_)) = &class_attr
                    && self.is_data_descriptor(attr)
                {
                    let r = self.bind_class_attr(attr.clone(), obj, &cls);
                    return self.getattr_fallback(r, obj, &cls, name);
                }
                if let Some(v) = inst.dict.borrow().get_str(name) {
                    return Ok(v.clone());
                }
                if let Some(attr) = class_attr {
                    return self.bind_class_attr(attr, obj, &cls);
                }
                if let Some(v) = self.special_instance_attr(obj, inst, name)? {
                    return Ok(v);
                }
                if let Some(getattr) = cls.lookup(&self.names.getattr) {
                    return self.call(
                        &getattr,
                        vec![obj.clone(), Value::Str(name.clone())],
                        vec![],
                    );
                }
                Err(self.no_attribute(obj, name))
            }
            Value::Class(cls) => {
                if let Some(v) = cls.lookup(name) {
                    if name.as_str() == "__new__"
                        && let Value::Native(_) = v
                        && let Some(owner) = super::types::full_mro(cls)
                            .into_iter()
                            .find(|c| c.dict.borrow().get_str(name).is_some())
                    {
                        return Ok(self.wrap_builtin_new(&owner, v));
                    }
                    return Ok(match v {
                        Value::ClassMethod(f) => self.bind((*f).clone(), obj),
                        Value::StaticMethod(f) => (*f).clone(),
                        other => other,
                    });
                }
                if let Some(v) = self.special_class_attr(cls, name)? {
                    return Ok(v);
                }
                // Methods of `type` itself (e.g. `C.mro()`).
                if let Some(v) = self.types.type_.lookup(name) {
                    return self.bind_class_attr(v, obj, &self.types.type_.clone());
                }
                Err(attribute_error(format!(
                    "type object '{}' has no attribute '{}'",
                    cls.name(),
                    name.as_str()
                )))
            }
            Value::Module(m) => {
                if let Some(v) = m.dict.borrow().get_str(name) {
                    return Ok(v.clone());
                }
                if name.as_str() == "__dict__" {
                    return Ok(Value::Dict(m.dict.clone()));
                }
                Err(attribute_error(format!(
                    "module '{}' has no attribute '{}'",
                    m.name.as_str(),
                    name.as_str()
                )))
            }
            _ => {
                if let Some(v) = crate::types::attrs::builtin_attr(self, obj, name)? {
                    return Ok(v);
                }
                if name.as_str() == "__class__" {
                    return Ok(Value::Class(self.type_of(obj)));
                }
                let cls = self.type_of(obj);
                if let Some(attr) = cls.lookup(name) {
                    return self.bind_class_attr(attr, obj, &cls);
                }
                Err(self.no_attribute(obj, name))
            }
        }
    }

    /// Turns a class attribute into what instance access yields.
    /// An object whose class defines `__get__` and `__set__`: it wins
    /// over the instance dict on reads, as a property does.
    fn is_data_descriptor(&mut self, attr: &Value) -> bool {
        let dcls = self.type_of(attr);
        dcls.lookup(&self.names.get).is_some() && dcls.lookup(&self.names.set).is_some()
    }

    fn bind_class_attr(
        &mut self,
        attr: Value,
        obj: &Value,
        cls: &Rc<crate::object::Class>,
    ) -> PyResult<Value> {
        Ok(match attr {
            Value::Function(_) | Value::Native(_) => self.bind(attr, obj),
            Value::ClassMethod(f) => self.bind((*f).clone(), &Value::Class(cls.clone())),
            Value::StaticMethod(f) => (*f).clone(),
            Value::Property(p) => {
                let getter = p.fget.clone();
                self.call(&getter, vec![obj.clone()], vec![])?
            }
            Value::Instance(_) => {
                // User descriptors: an object whose class defines __get__.
                let get_name = self.names.get.clone();
                let dcls = self.type_of(&attr);
                match dcls.lookup(&get_name) {
                    Some(get) => self.call(
                        &get,
                        vec![attr.clone(), obj.clone(), Value::Class(cls.clone())],
                        vec![],
                    )?,
                    None => attr,
                }
            }
            other => other,
        })
    }

    fn special_instance_attr(
        &mut self,
        obj: &Value,
        inst: &Rc<crate::object::Instance>,
        name: &Str,
    ) -> PyResult<Option<Value>> {
        Ok(match name.as_str() {
            "__class__" => Some(Value::Class(inst.class.borrow().clone())),
            "__dict__" => Some(Value::Dict(inst.dict.clone())),
            _ => match &inst.payload {
                InstancePayload::Exception(_) => {
                    crate::types::exceptions::exception_attr(self, obj, name)?
                }
                InstancePayload::Builtin(v) => {
                    let inner = v.borrow().clone();
                    crate::types::attrs::builtin_attr(self, &inner, name)?
                }
                InstancePayload::None => None,
            },
        })
    }

    fn special_class_attr(
        &mut self,
        cls: &Rc<crate::object::Class>,
        name: &Str,
    ) -> PyResult<Option<Value>> {
        Ok(match name.as_str() {
            "__name__" => Some(Value::Str(cls.name.borrow().clone())),
            "__qualname__" => Some(Value::Str(cls.qualname.borrow().clone())),
            "__mro__" => Some(Value::tuple(
                super::types::full_mro(cls)
                    .into_iter()
                    .map(Value::Class)
                    .collect(),
            )),
            "__bases__" => Some(Value::tuple(
                cls.bases.iter().cloned().map(Value::Class).collect(),
            )),
            "__base__" => Some(match cls.bases.first() {
                Some(b) => Value::Class(b.clone()),
                None => Value::None,
            }),
            "__dict__" => Some(Value::dict(cls.dict.borrow().clone())),
            "__class__" => Some(Value::Class(self.types.type_.clone())),
            "__module__" => Some(if cls.builtin.is_some() {
                Value::interned("builtins")
            } else {
                Value::None
            }),
            "__doc__" => Some(Value::None),
            _ => None,
        })
    }

    pub fn no_attribute(&self, obj: &Value, name: &Str) -> PyErr {
        attribute_error(format!(
            "'{}' object has no attribute '{}'",
            self.type_name(obj),
            name.as_str()
        ))
    }

    /// For LoadMethod: the unbound function when `obj.name` is a plain
    /// method found on the type (no instance attribute shadows it).
    pub fn lookup_method(&mut self, obj: &Value, name: &Str) -> PyResult<Option<Value>> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                match cls.lookup(name) {
                    Some(f @ (Value::Function(_) | Value::Native(_))) => {
                        if inst.dict.borrow().get_str(name).is_some() {
                            return Ok(None);
                        }
                        Ok(Some(f))
                    }
                    _ => Ok(None),
                }
            }
            // A native object's methods are natives on its class (locks,
            // queues, files): no bound method needs to be made. A super
            // proxy answers for another class, so get_attr decides there.
            Value::Object(o) if o.type_name() != "super" => {
                let cls = self.type_of(obj);
                match cls.lookup(name) {
                    Some(f @ Value::Native(_)) => Ok(Some(f)),
                    _ => Ok(None),
                }
            }
            Value::Class(_) | Value::Module(_) | Value::Object(_) => Ok(None),
            _ => {
                let cls = self.type_of(obj);
                match cls.lookup(name) {
                    Some(f @ Value::Native(_)) => Ok(Some(f)),
                    _ => Ok(None),
                }
            }
        }
    }

    /// Data descriptors on the class (properties, objects with `__set__`)
    /// take an instance attribute assignment. Returns the value back when
    /// no descriptor applies, for the caller to store.
    pub fn set_through_descriptor(
        &mut self,
        obj: &Value,
        cls: &Rc<crate::object::Class>,
        name: &Str,
        value: Value,
    ) -> PyResult<Option<Value>> {
        match cls.lookup(name) {
            Some(Value::Property(p)) => {
                if p.fset.is_none() {
                    return Err(attribute_error(format!(
                        "property '{}' of '{}' object has no setter",
                        name.as_str(),
                        cls.name()
                    )));
                }
                let setter = p.fset.clone();
                self.call(&setter, vec![obj.clone(), value], vec![])?;
                Ok(None)
            }
            Some(d @ Value::Instance(_)) => {
                let set_name = self.names.set.clone();
                match self.type_of(&d).lookup(&set_name) {
                    Some(set) => {
                        self.call(&set, vec![d.clone(), obj.clone(), value], vec![])?;
                        Ok(None)
                    }
                    None => Ok(Some(value)),
                }
            }
            _ => Ok(Some(value)),
        }
    }

    /// `obj.name = value`.
    pub fn set_attr(&mut self, obj: &Value, name: &Str, value: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                if cls.plain_setattr(name)
                    && matches!(inst.payload, InstancePayload::None)
                    && cls.builtin.is_none()
                    && !matches!(name.as_str(), "__class__" | "__dict__")
                {
                    let mut d = inst.dict.borrow_mut();
                    d.set_str(name.clone(), value);
                    if d.len() > cls.instance_size.get() as usize {
                        cls.instance_size.set(d.len().min(u16::MAX as usize) as u16);
                    }
                    return Ok(());
                }
                // A user __setattr__ sees every assignment, descriptors
                // included (object.__setattr__ then applies them).
                if let Some(setattr) = cls.lookup(&self.names.setattr)
                    && !matches!(setattr, Value::Native(_))
                {
                    self.call(
                        &setattr,
                        vec![obj.clone(), Value::Str(name.clone()), value],
                        vec![],
                    )?;
                    return Ok(());
                }
                let Some(value) = self.set_through_descriptor(obj, &cls, name, value)? else {
                    return Ok(());
                };
                if name.as_str() == "__dict__" && cls.builtin != Some("object") {
                    // The instance keeps its own dict object; it takes the
                    // new one's contents.
                    let Value::Dict(d) = &value else {
                        return Err(type_error(format!(
                            "__dict__ must be set to a dictionary, not a '{}'",
                            self.type_name(&value)
                        )));
                    };
                    let contents = d.borrow().clone();
                    *inst.dict.borrow_mut() = contents;
                    return Ok(());
                }
                if name.as_str() == "__class__" {
                    if let Value::Class(c) = value {
                        *inst.class.borrow_mut() = c;
                        return Ok(());
                    }
                    return Err(type_error("__class__ must be set to a class"));
                }
                if let InstancePayload::Exception(_) = &inst.payload
                    && crate::types::exceptions::set_exception_attr(self, obj, name, &value)?
                {
                    return Ok(());
                }
                // Plain `object()` instances have no __dict__.
                if cls.builtin == Some("object") {
                    return Err(attribute_error(format!(
                        "'object' object has no attribute '{}'",
                        name.as_str()
                    )));
                }
                inst.dict.borrow_mut().set_str(name.clone(), value);
                Ok(())
            }
            Value::Class(cls) => {
                if cls.builtin.is_some() {
                    return Err(type_error(format!(
                        "cannot set '{}' attribute of immutable type '{}'",
                        name.as_str(),
                        cls.name()
                    )));
                }
                match name.as_str() {
                    "__name__" => {
                        if let Value::Str(s) = &value {
                            *cls.name.borrow_mut() = s.clone();
                        }
                    }
                    "__qualname__" => {
                        if let Value::Str(s) = &value {
                            *cls.qualname.borrow_mut() = s.clone();
                        }
                    }
                    _ => {
                        cls.dict.borrow_mut().set_str(name.clone(), value);
                        crate::object::class::invalidate_class_caches();
                    }
                }
                Ok(())
            }
            Value::Module(m) => {
                m.dict.borrow_mut().set_str(name.clone(), value);
                Ok(())
            }
            Value::Function(f) => {
                match name.as_str() {
                    "__name__" => {
                        if let Value::Str(s) = &value {
                            *f.name.borrow_mut() = s.clone();
                        }
                    }
                    "__qualname__" => {
                        if let Value::Str(s) = &value {
                            *f.qualname.borrow_mut() = s.clone();
                        }
                    }
                    "__doc__" => *f.doc.borrow_mut() = value,
                    _ => {
                        let mut attrs = f.attrs.borrow_mut();
                        let d = attrs.get_or_insert_with(Default::default);
                        d.borrow_mut().set_str(name.clone(), value);
                    }
                }
                Ok(())
            }
            _ => {
                let cls = self.type_of(obj);
                if cls.lookup(name).is_some() {
                    Err(attribute_error(format!(
                        "'{}' object attribute '{}' is read-only",
                        cls.name(),
                        name.as_str()
                    )))
                } else {
                    Err(attribute_error(format!(
                        "'{}' object has no attribute '{}'",
                        cls.name(),
                        name.as_str()
                    )))
                }
            }
        }
    }

    /// `del obj.name`.
    pub fn del_attr(&mut self, obj: &Value, name: &Str) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class.borrow().clone();
                if let Some(Value::Property(p)) = cls.lookup(name) {
                    if p.fdel.is_none() {
                        return Err(attribute_error(format!(
                            "property '{}' of '{}' object has no deleter",
                            name.as_str(),
                            cls.name()
                        )));
                    }
                    let deleter = p.fdel.clone();
                    self.call(&deleter, vec![obj.clone()], vec![])?;
                    return Ok(());
                }
                if let Some(delattr) = cls.lookup(&self.names.delattr)
                    && !matches!(delattr, Value::Native(_))
                {
                    self.call(
                        &delattr,
                        vec![obj.clone(), Value::Str(name.clone())],
                        vec![],
                    )?;
                    return Ok(());
                }
                if inst.dict.borrow_mut().remove_str(name).is_none() {
                    return Err(self.no_attribute(obj, name));
                }
                Ok(())
            }
            Value::Class(cls) => {
                crate::object::class::invalidate_class_caches();
                if cls.dict.borrow_mut().remove_str(name).is_none() {
                    return Err(attribute_error(format!(
                        "type object '{}' has no attribute '{}'",
                        cls.name(),
                        name.as_str()
                    )));
                }
                Ok(())
            }
            Value::Module(m) => {
                if m.dict.borrow_mut().remove_str(name).is_none() {
                    return Err(attribute_error(format!(
                        "module '{}' has no attribute '{}'",
                        m.name.as_str(),
                        name.as_str()
                    )));
                }
                Ok(())
            }
            _ => Err(self.no_attribute(obj, name)),
        }
    }
}
