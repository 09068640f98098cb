//! Every code object compiled in this process, numbered in compile order.
//! A process forked from this one holds the same numbers for the same code
//! (it inherited the registry), so a function can travel to it as a number
//! plus its captured values: this is how pyproc sends lambdas and closures
//! to `Pool` workers that were forked before the function was defined.

use crate::bytecode::Code;
use crate::value::Value;
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::{Rc, Weak};

#[derive(Default)]
struct Registry {
    codes: Vec<Weak<Code>>,
    numbers: HashMap<usize, u32>,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = RefCell::new(Registry::default());
}

/// Registers a freshly compiled module's code and every code nested in it.
pub fn register_tree(code: &Rc<Code>) {
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let mut stack = vec![code.clone()];
        while let Some(c) = stack.pop() {
            let key = Rc::as_ptr(&c) as usize;
            // A dead code object's address may be reused by a new one.
            let n = r.codes.len() as u32;
            r.codes.push(Rc::downgrade(&c));
            r.numbers.insert(key, n);
            for k in &c.consts {
                if let Value::Code(inner) = k {
                    stack.push(inner.clone());
                }
            }
        }
    });
}

/// The number of a registered code object.
pub fn number_of(code: &Rc<Code>) -> Option<u32> {
    REGISTRY.with(|r| {
        let r = r.borrow();
        let n = *r.numbers.get(&(Rc::as_ptr(code) as usize))?;
        let same = r.codes[n as usize]
            .upgrade()
            .is_some_and(|c| Rc::ptr_eq(&c, code));
        same.then_some(n)
    })
}

/// The code object with a number, if it is still alive here.
pub fn code_of(n: u32) -> Option<Rc<Code>> {
    REGISTRY.with(|r| r.borrow().codes.get(n as usize)?.upgrade())
}
