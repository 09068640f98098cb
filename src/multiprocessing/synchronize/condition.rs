//! `Condition`: CPython's construction over shared semaphores. A waiter
//! counts itself in `sleeping`, drops the lock and sleeps on `wait_sem`;
//! `notify` hands out that many permits and then waits for each woken
//! process to confirm through `woken`, so `notify(n)` wakes exactly up
//! to `n` processes already waiting, never later arrivals.

use super::common::{self, this};
use super::futex::Deadline;
use super::lock::{self, Kind, SemLock};
use super::sem::Sem;
use crate::error::{ExcKind, PyErr, PyResult, type_error};
use crate::object::{Dict, NativeObject};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use std::any::Any;
use std::time::{Duration, Instant};

const UNBOUNDED: u32 = i32::MAX as u32;

pub struct Condition {
    lock: Value,
    sleeping: Sem,
    woken: Sem,
    wait_sem: Sem,
}

impl NativeObject for Condition {
    fn type_name(&self) -> &str {
        "Condition"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn class_key(&self) -> &str {
        "multiprocessing.synchronize.Condition"
    }
}

impl Condition {
    fn semlock(&self) -> &SemLock {
        match &self.lock {
            Value::Object(o) => o.as_any().downcast_ref::<SemLock>(),
            _ => None,
        }
        .expect("checked at creation")
    }

    fn wait(&self, vm: &mut Vm, deadline: Deadline) -> PyResult<bool> {
        let lock = self.semlock();
        if !lock.is_mine() {
            return Err(assertion("must acquire() condition before using wait()"));
        }
        self.sleeping.release(UNBOUNDED)?;
        let held = lock.release_all()?;
        let woken = self.wait_sem.acquire(vm, deadline);
        self.woken.release(UNBOUNDED)?;
        for _ in 0..held {
            lock.acquire(vm, Deadline::never())?;
        }
        woken
    }

    fn notify(&self, vm: &mut Vm, n: u64) -> PyResult<()> {
        if !self.semlock().is_mine() {
            return Err(assertion("lock is not owned"));
        }
        if self.wait_sem.try_acquire() {
            return Err(PyErr::with_args(ExcKind::AssertionError, vec![]));
        }
        // Waiters that timed out confirmed a wake nobody gave: forget them.
        while self.woken.try_acquire() {
            if !self.sleeping.try_acquire() {
                return Err(assertion(
                    "notify: Bug in sleeping_count.acquire- res should not be False",
                ));
            }
        }
        let mut woke = 0u64;
        while woke < n && self.sleeping.try_acquire() {
            self.wait_sem.release(UNBOUNDED)?;
            woke += 1;
        }
        if woke > 0 {
            for _ in 0..woke {
                self.woken.acquire(vm, Deadline::never())?;
            }
            while self.wait_sem.try_acquire() {}
        }
        Ok(())
    }
}

fn assertion(msg: &str) -> PyErr {
    PyErr::new(ExcKind::AssertionError, msg)
}

pub fn register(vm: &mut Vm, d: &mut Dict) {
    common::register_class(
        vm,
        "Condition",
        &[
            ("acquire", acquire),
            ("release", release),
            ("__enter__", enter),
            ("__exit__", exit),
            ("wait", wait),
            ("wait_for", wait_for),
            ("notify", notify),
            ("notify_all", notify_all),
            ("__repr__", repr),
        ],
    );
    d.set_str(
        intern("Condition"),
        vm.native("Condition", "BaseContext.Condition".into(), new_condition),
    );
}

fn new_condition(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    common::factory_arity("Condition", args, 0, 1)?;
    let [named] = crate::builtins::args::kwargs_named("BaseContext.Condition", kw, ["lock"])?;
    let lock = match args.first().cloned().or(named) {
        None | Some(Value::None) => common::object(SemLock::new(Kind::RLock, 1, 1)?),
        Some(l @ Value::Object(_)) if this::<SemLock>(std::slice::from_ref(&l), "").is_ok() => l,
        Some(other) => {
            return Err(type_error(format!(
                "pyproc: Condition needs a multiprocessing Lock or RLock, not '{}'",
                vm.type_name(&other)
            )));
        }
    };
    Ok(common::object(Condition {
        lock,
        sleeping: Sem::new(0, false)?,
        woken: Sem::new(0, false)?,
        wait_sem: Sem::new(0, false)?,
    }))
}

fn cond(args: &[Value]) -> PyResult<&Condition> {
    this::<Condition>(args, "Condition")
}

/// Calls a lock method with the condition's lock as `self`.
fn on_lock(
    vm: &mut Vm,
    args: &[Value],
    kw: &[(Str, Value)],
    f: crate::object::NativeFn,
) -> PyResult<Value> {
    let mut with_lock = vec![cond(args)?.lock.clone()];
    with_lock.extend_from_slice(&args[1..]);
    f(vm, &with_lock, kw)
}

fn acquire(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    on_lock(vm, args, kw, lock::acquire)
}

fn release(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    on_lock(vm, args, kw, lock::release)
}

fn enter(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    on_lock(vm, &args[..1.min(args.len())], kw, lock::enter)
}

fn exit(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    on_lock(vm, args, kw, lock::exit)
}

fn timeout_arg(
    fname: &str,
    args: &[Value],
    kw: &[(Str, Value)],
    at: usize,
) -> PyResult<Option<Value>> {
    let [named] = crate::builtins::args::kwargs_named(fname, kw, ["timeout"])?;
    Ok(args.get(at).cloned().or(named))
}

fn wait(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let c = cond(args)?;
    let timeout = timeout_arg("wait", args, kw, 1)?;
    let deadline = common::deadline(vm, timeout.as_ref())?;
    Ok(Value::Bool(c.wait(vm, deadline)?))
}

fn wait_for(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let c = cond(args)?;
    let mut pkw = None;
    let mut rest = Vec::new();
    for (k, v) in kw {
        if k.as_str() == "predicate" {
            pkw = Some(v.clone());
        } else {
            rest.push((k.clone(), v.clone()));
        }
    }
    let predicate = args.get(1).cloned().or(pkw).ok_or_else(|| {
        type_error("Condition.wait_for() missing 1 required positional argument: 'predicate'")
    })?;
    let timeout = timeout_arg("wait_for", args, &rest, 2)?;
    let end = match &timeout {
        None | Some(Value::None) => None,
        Some(t) => Some(common::seconds(vm, t)?),
    }
    .map(|t| Instant::now() + Duration::from_secs_f64(t.max(0.0)));
    loop {
        let result = vm.call(&predicate, vec![], vec![])?;
        if vm.truthy(&result)? {
            return Ok(result);
        }
        let deadline = match end {
            Some(end) => {
                let left = end.saturating_duration_since(Instant::now());
                if left.is_zero() {
                    return Ok(result);
                }
                Deadline::after(Some(left.as_secs_f64()))
            }
            None => Deadline::never(),
        };
        c.wait(vm, deadline)?;
    }
}

fn notify(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let c = cond(args)?;
    let [named] = crate::builtins::args::kwargs_named("notify", kw, ["n"])?;
    let n = match args.get(1).cloned().or(named) {
        Some(v) => vm.index_value(&v)?.max(0) as u64,
        None => 1,
    };
    c.notify(vm, n)?;
    Ok(Value::None)
}

fn notify_all(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    cond(args)?.notify(vm, u64::MAX)?;
    Ok(Value::None)
}

fn repr(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let c = cond(args)?;
    let waiters = c.sleeping.value() as i64 - c.woken.value() as i64;
    let lock = c.semlock().repr(vm);
    Ok(Value::string(format!("<Condition({lock}, {waiters})>")))
}
