//! `Barrier`: threading.Barrier's state machine (filling, draining,
//! resetting, broken) kept in shared memory, guarded by a shared lock,
//! with a generation word as the condition processes sleep on.

use super::common::{self, this};
use super::futex::{self, Deadline};
use super::sem::Sem;
use crate::error::{PyErr, PyResult};
use crate::multiprocessing::shm::SharedRegion;
use crate::object::{Dict, NativeObject};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use std::any::Any;
use std::sync::atomic::{AtomicI32, AtomicU32, Ordering::SeqCst};

const FILLING: i32 = 0;
const DRAINING: i32 = 1;
const RESETTING: i32 = -1;
const BROKEN: i32 = -2;

#[repr(C)]
struct Words {
    state: AtomicI32,
    count: AtomicI32,
    generation: AtomicU32,
    sleepers: AtomicU32,
}

pub struct Barrier {
    region: SharedRegion,
    guard: Sem,
    parties: i64,
    action: Value,
    timeout: Option<f64>,
}

impl NativeObject for Barrier {
    fn type_name(&self) -> &str {
        "Barrier"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn class_key(&self) -> &str {
        "multiprocessing.synchronize.Barrier"
    }
}

impl Barrier {
    fn words(&self) -> &Words {
        // SAFETY: a zeroed, page-aligned shared mapping at least as large
        // as `Words`, owned by `self`; every field is atomic.
        unsafe { &*(self.region.as_ptr() as *const Words) }
    }

    fn state(&self) -> i32 {
        self.words().state.load(SeqCst)
    }

    fn set_state(&self, s: i32) {
        self.words().state.store(s, SeqCst);
    }

    fn count(&self) -> i32 {
        self.words().count.load(SeqCst)
    }

    /// Runs `f` holding the guard.
    fn locked<T>(&self, vm: &mut Vm, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        self.guard.acquire(vm, Deadline::never())?;
        let r = f(vm);
        let _ = self.guard.release(1);
        r
    }

    fn notify_all(&self) {
        let w = self.words();
        w.generation.fetch_add(1, SeqCst);
        if w.sleepers.load(SeqCst) > 0 {
            futex::wake(&w.generation, i32::MAX);
        }
    }

    /// Drops the guard, sleeps until notified or the deadline, takes the
    /// guard back. Returns whether the deadline passed.
    fn cond_wait(&self, vm: &mut Vm, deadline: Deadline) -> PyResult<bool> {
        let w = self.words();
        let generation = w.generation.load(SeqCst);
        self.guard.release(1)?;
        w.sleepers.fetch_add(1, SeqCst);
        let r = futex::sleep(vm, &w.generation, generation, deadline);
        w.sleepers.fetch_sub(1, SeqCst);
        self.guard.acquire(vm, Deadline::never())?;
        r
    }

    fn wait(&self, vm: &mut Vm, deadline: Deadline) -> PyResult<i64> {
        self.locked(vm, |vm| {
            // Wait out a previous cycle's draining or a reset.
            while matches!(self.state(), DRAINING | RESETTING) {
                self.cond_wait(vm, Deadline::never())?;
            }
            if self.state() < 0 {
                return Err(broken(vm));
            }
            let index = self.words().count.fetch_add(1, SeqCst) as i64;
            let r = if index + 1 == self.parties {
                self.release_all(vm)
            } else {
                self.wait_for_last(vm, deadline)
            };
            self.words().count.fetch_sub(1, SeqCst);
            if self.count() == 0 && matches!(self.state(), DRAINING | RESETTING) {
                self.set_state(FILLING);
                self.notify_all();
            }
            r.map(|_| index)
        })
    }

    /// The last arrival runs the action and lets everybody go.
    fn release_all(&self, vm: &mut Vm) -> PyResult<()> {
        if !self.action.is_none()
            && let Err(e) = vm.call(&self.action, vec![], vec![])
        {
            self.break_();
            return Err(e);
        }
        self.set_state(DRAINING);
        self.notify_all();
        Ok(())
    }

    fn wait_for_last(&self, vm: &mut Vm, deadline: Deadline) -> PyResult<()> {
        while self.state() == FILLING {
            if self.cond_wait(vm, deadline)? && self.state() == FILLING {
                self.break_();
                return Err(broken(vm));
            }
        }
        if self.state() < 0 {
            return Err(broken(vm));
        }
        Ok(())
    }

    fn break_(&self) {
        self.set_state(BROKEN);
        self.notify_all();
    }
}

/// `threading.BrokenBarrierError()`, the class CPython raises.
fn broken(vm: &mut Vm) -> PyErr {
    let made = vm
        .import_module("threading")
        .and_then(|m| vm.get_attr(&m, &intern("BrokenBarrierError")))
        .and_then(|cls| vm.call(&cls, vec![], vec![]));
    match made {
        Ok(exc) => PyErr::from_value(exc),
        Err(e) => e,
    }
}

pub fn register(vm: &mut Vm, d: &mut Dict) {
    common::register_class(
        vm,
        "Barrier",
        &[
            ("wait", wait),
            ("reset", reset),
            ("abort", abort),
            ("__repr__", repr),
        ],
    );
    common::add_property(vm, "Barrier", "parties", parties);
    common::add_property(vm, "Barrier", "n_waiting", n_waiting);
    common::add_property(vm, "Barrier", "broken", is_broken);
    d.set_str(
        intern("Barrier"),
        vm.native("Barrier", "BaseContext.Barrier".into(), new_barrier),
    );
}

fn new_barrier(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    common::factory_arity("Barrier", args, 1, 3)?;
    let [p, a, t] = crate::builtins::args::kwargs_named(
        "BaseContext.Barrier",
        kw,
        ["parties", "action", "timeout"],
    )?;
    let parties = args.first().cloned().or(p).ok_or_else(|| {
        crate::error::type_error(
            "BaseContext.Barrier() missing 1 required positional argument: 'parties'",
        )
    })?;
    let parties = vm.index_value(&parties)?;
    let action = args.get(1).cloned().or(a).unwrap_or(Value::None);
    let timeout = match args.get(2).cloned().or(t) {
        None | Some(Value::None) => None,
        Some(t) => Some(common::seconds(vm, &t)?),
    };
    Ok(common::object(Barrier {
        region: SharedRegion::new(std::mem::size_of::<Words>())?,
        guard: Sem::new(1, true)?,
        parties,
        action,
        timeout,
    }))
}

fn barrier(args: &[Value]) -> PyResult<&Barrier> {
    this::<Barrier>(args, "Barrier")
}

fn wait(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let b = barrier(args)?;
    let [named] = crate::builtins::args::kwargs_named("wait", kw, ["timeout"])?;
    let timeout = match args.get(1).cloned().or(named) {
        None | Some(Value::None) => b.timeout,
        Some(t) => Some(common::seconds(vm, &t)?),
    };
    Ok(Value::Int(b.wait(vm, Deadline::after(timeout))?))
}

fn reset(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let b = barrier(args)?;
    b.locked(vm, |_| {
        if b.count() > 0 {
            if matches!(b.state(), FILLING | BROKEN) {
                b.set_state(RESETTING);
            }
        } else {
            b.set_state(FILLING);
        }
        b.notify_all();
        Ok(())
    })?;
    Ok(Value::None)
}

fn abort(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let b = barrier(args)?;
    b.locked(vm, |_| {
        b.break_();
        Ok(())
    })?;
    Ok(Value::None)
}

fn parties(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::Int(barrier(args)?.parties))
}

fn n_waiting(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let b = barrier(args)?;
    let n = if b.state() == FILLING { b.count() } else { 0 };
    Ok(Value::Int(n as i64))
}

fn is_broken(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(barrier(args)?.state() == BROKEN))
}

fn repr(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let b = barrier(args)?;
    let head = format!(
        "<{}.Barrier at {}:",
        common::MODULE,
        common::address(&args[0])
    );
    Ok(Value::string(match b.state() {
        BROKEN => format!("{head} broken>"),
        FILLING => format!("{head} waiters={}/{}>", b.count(), b.parties),
        _ => format!("{head} waiters=0/{}>", b.parties),
    }))
}
