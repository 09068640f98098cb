//! `Event`: a shared flag. Waiters sleep on a generation word that `set`
//! bumps, so a waiter cannot miss a `set` that lands between its look at
//! the flag and its sleep; `set` only calls the kernel when someone sleeps.

use super::common::{self, this};
use super::futex::{self, Deadline};
use crate::error::PyResult;
use crate::multiprocessing::shm::SharedRegion;
use crate::object::{Dict, NativeObject};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use std::any::Any;
use std::sync::atomic::{AtomicU32, Ordering::SeqCst};

#[repr(C)]
struct Words {
    flag: AtomicU32,
    generation: AtomicU32,
    sleepers: AtomicU32,
}

pub struct Event {
    region: SharedRegion,
}

impl NativeObject for Event {
    fn type_name(&self) -> &str {
        "Event"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn class_key(&self) -> &str {
        "multiprocessing.synchronize.Event"
    }
}

impl Event {
    fn words(&self) -> &Words {
        // SAFETY: a zeroed, page-aligned shared mapping at least as large
        // as `Words`, owned by `self`; every field is atomic.
        unsafe { &*(self.region.as_ptr() as *const Words) }
    }

    fn is_set(&self) -> bool {
        self.words().flag.load(SeqCst) != 0
    }

    fn set(&self) {
        let w = self.words();
        w.flag.store(1, SeqCst);
        w.generation.fetch_add(1, SeqCst);
        if w.sleepers.load(SeqCst) > 0 {
            futex::wake(&w.generation, i32::MAX);
        }
    }

    fn wait(&self, vm: &mut Vm, deadline: Deadline) -> PyResult<bool> {
        let w = self.words();
        loop {
            let generation = w.generation.load(SeqCst);
            if self.is_set() {
                return Ok(true);
            }
            w.sleepers.fetch_add(1, SeqCst);
            let r = futex::sleep(vm, &w.generation, generation, deadline);
            w.sleepers.fetch_sub(1, SeqCst);
            if r? {
                return Ok(self.is_set());
            }
        }
    }
}

pub fn register(vm: &mut Vm, d: &mut Dict) {
    common::register_class(
        vm,
        "Event",
        &[
            ("is_set", is_set),
            ("set", set),
            ("clear", clear),
            ("wait", wait),
            ("__repr__", repr),
        ],
    );
    d.set_str(
        intern("Event"),
        vm.native("Event", "BaseContext.Event".into(), new_event),
    );
}

fn new_event(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    common::factory_arity("Event", args, 0, 0)?;
    let region = SharedRegion::new(std::mem::size_of::<Words>())?;
    Ok(common::object(Event { region }))
}

fn event(args: &[Value]) -> PyResult<&Event> {
    this::<Event>(args, "Event")
}

fn is_set(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(event(args)?.is_set()))
}

fn set(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    event(args)?.set();
    Ok(Value::None)
}

fn clear(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    event(args)?.words().flag.store(0, SeqCst);
    Ok(Value::None)
}

fn wait(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let e = event(args)?;
    if e.is_set() {
        return Ok(Value::Bool(true));
    }
    let [timeout] = crate::builtins::args::kwargs_named("Event.wait", kw, ["timeout"])?;
    let timeout = args.get(1).cloned().or(timeout);
    let deadline = common::deadline(vm, timeout.as_ref())?;
    Ok(Value::Bool(e.wait(vm, deadline)?))
}

fn repr(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let state = if event(args)?.is_set() {
        "set"
    } else {
        "unset"
    };
    Ok(Value::string(format!(
        "<Event at {} {state}>",
        common::address(&args[0])
    )))
}
