//! Inline caches for `obj.name` and `obj.name = v` on instances, one slot
//! per name of a code object. Instances of a class usually gain their
//! attributes in the same order (in `__init__`), so a name sits at the
//! same position of every instance dict: the slot remembers the class and
//! that position, and a hit reads or writes the entry there once its key
//! is checked, without hashing.
//!
//! A slot is valid while the class epoch is unchanged: the facts it was
//! filled under (no data descriptor of that name along the MRO, no
//! `__setattr__` for stores) only change with a class namespace, which
//! moves the epoch. It holds its class weakly, which keeps the class's
//! allocation, and so its address, from being reused by another class.

use super::Vm;
use crate::bytecode::Code;
use crate::object::Class;
use crate::object::class::{InstancePayload, class_epoch};
use crate::value::Value;
use std::rc::{Rc, Weak};

/// The class a slot was filled for, and the class epoch then.
#[derive(Debug, Default)]
struct ClassKey {
    class: Weak<Class>,
    epoch: u64,
}

impl ClassKey {
    fn of(class: &Rc<Class>) -> ClassKey {
        ClassKey {
            class: Rc::downgrade(class),
            epoch: class_epoch(),
        }
    }

    /// Whether the slot holds for an instance of `class` now.
    #[inline]
    fn holds_for(&self, class: &Rc<Class>) -> bool {
        self.epoch == class_epoch() && self.class.as_ptr() == Rc::as_ptr(class)
    }
}

#[derive(Debug, Default)]
pub struct AttrSlot {
    key: ClassKey,
    index: usize,
    /// An assignment may write the entry: no `__setattr__`, no descriptor
    /// and no special payload or name.
    storable: bool,
}

/// LoadMethod's cache: the function a class's MRO gave for a name.
#[derive(Debug, Default)]
pub struct MethodSlot {
    key: ClassKey,
    method: Value,
}

impl Vm {
    /// The method `obj.names[i]` names on an instance's class, from the
    /// cache; None on a miss or when the instance's own dict has the name.
    #[inline]
    pub fn method_cached(&self, code: &Code, i: usize, obj: &Value) -> Option<Value> {
        let Value::Instance(inst) = obj else {
            return None;
        };
        let slot = code.method_cache[i].borrow();
        if !slot.key.holds_for(&inst.class.borrow()) {
            return None;
        }
        let name = &code.names[i];
        if inst.dict.borrow().get_str(name).is_some() {
            return None;
        }
        Some(slot.method.clone())
    }

    /// Remembers the method `lookup_method` found for an instance.
    pub fn fill_method_cache(&self, code: &Code, i: usize, obj: &Value, method: &Value) {
        if let Value::Instance(inst) = obj {
            *code.method_cache[i].borrow_mut() = MethodSlot {
                key: ClassKey::of(&inst.class.borrow()),
                method: method.clone(),
            };
        }
    }

    /// `obj.names[i]` from the instance dict at the cached position.
    #[inline]
    pub fn load_attr_cached(&self, code: &Code, i: usize, obj: &Value) -> Option<Value> {
        let Value::Instance(inst) = obj else {
            return None;
        };
        let slot = code.attr_cache[i].borrow();
        if !slot.key.holds_for(&inst.class.borrow()) {
            return None;
        }
        inst.dict
            .borrow()
            .get_str_at(slot.index, &code.names[i])
            .cloned()
    }

    /// `obj.names[i] = value` into the instance dict at the cached
    /// position; gives the value back on a miss.
    #[inline]
    pub fn store_attr_cached(
        &self,
        code: &Code,
        i: usize,
        obj: &Value,
        value: Value,
    ) -> Result<(), Value> {
        let Value::Instance(inst) = obj else {
            return Err(value);
        };
        let slot = code.attr_cache[i].borrow();
        if !slot.storable || !slot.key.holds_for(&inst.class.borrow()) {
            return Err(value);
        }
        let old = {
            let mut d = inst.dict.borrow_mut();
            match d.get_str_at_mut(slot.index, &code.names[i]) {
                Some(entry) => std::mem::replace(entry, value),
                None => return Err(value),
            }
        };
        // Dropped outside the borrow of the dict it came from.
        old.discard();
        Ok(())
    }

    /// After a load or store of `obj.names[i]` took the long way: caches
    /// where the instance dict holds the name, if reading it there is what
    /// the long way does.
    pub fn fill_attr_cache(&self, code: &Code, i: usize, obj: &Value) {
        let Value::Instance(inst) = obj else {
            return;
        };
        let name = &code.names[i];
        let cls = inst.class.borrow().clone();
        let previous = {
            let slot = code.attr_cache[i].borrow();
            if slot.key.holds_for(&cls) {
                // Right for this class already: this instance lacked the
                // name there (an attribute being created in `__init__`,
                // or an instance built in another order).
                return;
            }
            slot.index
        };
        if !cls.instance_dict_first(name) {
            return;
        }
        let index = {
            let d = inst.dict.borrow();
            // Sites that see several classes (subclasses sharing an
            // `__init__`) usually find the name where the last one had it.
            if d.get_str_at(previous, name).is_some() {
                previous
            } else {
                match d.index_of_str(name) {
                    Some(index) => index,
                    None => return,
                }
            }
        };
        let storable = cls.plain_setattr(name)
            && matches!(inst.payload, InstancePayload::None)
            && cls.builtin.is_none()
            && !matches!(name.as_str(), "__class__" | "__dict__");
        *code.attr_cache[i].borrow_mut() = AttrSlot {
            key: ClassKey::of(&cls),
            index,
            storable,
        };
    }
}
