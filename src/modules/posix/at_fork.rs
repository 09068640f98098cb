//! `os.register_at_fork(*, before, after_in_child, after_in_parent)`:
//! callables run around every `os.fork()` (and so around `Process` and
//! `Pool` starts), as CPython runs them. `random` reseeds in the child
//! with one, so forked workers do not draw the same numbers.

use crate::error::{PyResult, type_error};
use crate::value::{Str, Value};
use crate::vm::Vm;
use std::cell::RefCell;

#[derive(Default)]
struct Hooks {
    before: Vec<Value>,
    after_in_child: Vec<Value>,
    after_in_parent: Vec<Value>,
}

thread_local! {
    static HOOKS: RefCell<Hooks> = RefCell::new(Hooks::default());
}

pub fn register_at_fork(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    if !args.is_empty() {
        return Err(type_error(
            "register_at_fork() takes no positional arguments",
        ));
    }
    let mut given = Hooks::default();
    for (k, v) in kwargs {
        let list = match k.as_str() {
            "before" => &mut given.before,
            "after_in_child" => &mut given.after_in_child,
            "after_in_parent" => &mut given.after_in_parent,
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for register_at_fork()"
                )));
            }
        };
        if !crate::builtins::introspect::is_callable(vm, v) {
            return Err(type_error(format!(
                "'{}' must be callable, not {}",
                k.as_str(),
                vm.type_name(v)
            )));
        }
        list.push(v.clone());
    }
    if given.before.is_empty()
        && given.after_in_child.is_empty()
        && given.after_in_parent.is_empty()
    {
        return Err(type_error("At least one argument is required."));
    }
    HOOKS.with(|h| {
        let mut h = h.borrow_mut();
        h.before.extend(given.before);
        h.after_in_child.extend(given.after_in_child);
        h.after_in_parent.extend(given.after_in_parent);
    });
    Ok(Value::None)
}

/// Which hooks to run.
pub enum When {
    Before,
    AfterInChild,
    AfterInParent,
}

/// Runs the hooks of one moment: `before` ones last registered first,
/// the others in registration order. An exception in one is reported and
/// ignored, as CPython reports an unraisable exception.
pub fn run(vm: &mut Vm, when: When) {
    let hooks = HOOKS.with(|h| {
        let h = h.borrow();
        match when {
            When::Before => h.before.iter().rev().cloned().collect::<Vec<_>>(),
            When::AfterInChild => h.after_in_child.clone(),
            When::AfterInParent => h.after_in_parent.clone(),
        }
    });
    for f in hooks {
        if let Err(e) = vm.call(&f, vec![], vec![]) {
            let exc = vm.materialize(e);
            vm.stderr.write_str("Exception ignored in: ");
            let r = vm.repr(&f).unwrap_or_default();
            vm.stderr.write_str(&r);
            vm.stderr.write_str("\n");
            vm.print_exception(&exc);
        }
    }
}
