//! LOAD_GLOBAL's inline cache: one slot per name of a code object, saying
//! where the name was last found. A hit reads that position and checks the
//! key there instead of hashing the name.
//!
//! - Found in the module globals at position `i`: valid while the entry at
//!   `i` still has this key. Deleted entries keep their place until the
//!   dict compacts, and keys are unique, so the check cannot be fooled.
//! - Found in the builtins at `i`: also needs the name to be still absent
//!   from the globals, which holds while the globals dict is the same one
//!   and has gained no key since (`Dict::key_version`).
//!
//! Positions rather than values are kept, so the cache holds no object
//! alive, and rebinding a global (the common write) invalidates nothing.

use super::Vm;
use crate::bytecode::Code;
use crate::error::PyResult;
use crate::object::Dict;
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, Default)]
pub enum GlobalSlot {
    #[default]
    Empty,
    Globals(usize),
    Builtins {
        index: usize,
        /// Address and key version of the globals dict the name was
        /// missing from.
        globals: usize,
        key_version: u64,
    },
}

impl Vm {
    /// `LOAD_GLOBAL code.names[i]`.
    #[inline]
    pub fn load_global_cached(
        &mut self,
        code: &Code,
        globals: &Rc<RefCell<Dict>>,
        i: usize,
    ) -> PyResult<Value> {
        let name = &code.names[i];
        match code.global_cache[i].get() {
            GlobalSlot::Globals(index) => {
                if let Some(v) = globals.borrow().get_str_at(index, name) {
                    return Ok(v.clone());
                }
            }
            GlobalSlot::Builtins {
                index,
                globals: addr,
                key_version,
            } => {
                if addr == Rc::as_ptr(globals) as usize
                    && key_version == globals.borrow().key_version()
                    && let Some(v) = self.builtins.borrow().get_str_at(index, name)
                {
                    return Ok(v.clone());
                }
            }
            GlobalSlot::Empty => {}
        }
        self.load_global_refill(code, globals, i)
    }

    /// `STORE_GLOBAL code.names[i]` (and STORE_NAME in module code):
    /// overwrites the entry at the cached position when it has the key,
    /// else stores by name and remembers where.
    #[inline]
    pub fn store_global_cached(
        &mut self,
        code: &Code,
        globals: &Rc<RefCell<Dict>>,
        i: usize,
        value: Value,
    ) {
        let name = &code.names[i];
        let mut value = value;
        if let GlobalSlot::Globals(index) = code.global_cache[i].get() {
            let stored = match globals.borrow_mut().get_str_at_mut(index, name) {
                Some(slot) => Ok(std::mem::replace(slot, value)),
                None => Err(value),
            };
            match stored {
                // Dropped with no borrow held: it may be the last
                // reference to an object whose teardown reads globals.
                Ok(old) => return old.discard(),
                Err(v) => value = v,
            }
        }
        let index = globals.borrow_mut().set_str(name.clone(), value);
        code.global_cache[i].set(GlobalSlot::Globals(index));
    }

    /// The uncached lookup, remembering where the name was found.
    #[inline(never)]
    fn load_global_refill(
        &mut self,
        code: &Code,
        globals: &Rc<RefCell<Dict>>,
        i: usize,
    ) -> PyResult<Value> {
        let name = &code.names[i];
        let found = {
            let g = globals.borrow();
            match g.index_of_str(name) {
                Some(index) => Some((
                    GlobalSlot::Globals(index),
                    g.get_str_at(index, name).cloned(),
                )),
                None => {
                    let b = self.builtins.borrow();
                    b.index_of_str(name).map(|index| {
                        let slot = GlobalSlot::Builtins {
                            index,
                            globals: Rc::as_ptr(globals) as usize,
                            key_version: g.key_version(),
                        };
                        (slot, b.get_str_at(index, name).cloned())
                    })
                }
            }
        };
        match found {
            Some((slot, Some(v))) => {
                code.global_cache[i].set(slot);
                Ok(v)
            }
            // Lazily bound builtins, and NameError.
            _ => self.load_global(globals, name),
        }
    }
}
