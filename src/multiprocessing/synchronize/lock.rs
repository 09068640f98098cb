//! `Lock`, `RLock`, `Semaphore` and `BoundedSemaphore`: one native type,
//! CPython's SemLock, over a shared `Sem`. As in CPython, how many times
//! this process holds the lock is process-local (a forked child starts
//! with its parent's count), while the semaphore value is shared.

use super::common::{self, deadline, factory_arity, params, this};
use super::futex::Deadline;
use super::sem::Sem;
use crate::error::{ExcKind, PyErr, PyResult, type_error};
use crate::object::{Dict, NativeObject};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use std::any::Any;
use std::cell::Cell;

/// CPython's SEM_VALUE_MAX: a plain Semaphore's unchecked ceiling.
const SEM_VALUE_MAX: u32 = i32::MAX as u32;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Lock,
    RLock,
    Semaphore,
    BoundedSemaphore,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Lock => "Lock",
            Kind::RLock => "RLock",
            Kind::Semaphore => "Semaphore",
            Kind::BoundedSemaphore => "BoundedSemaphore",
        }
    }

    fn key(self) -> &'static str {
        match self {
            Kind::Lock => "multiprocessing.synchronize.Lock",
            Kind::RLock => "multiprocessing.synchronize.RLock",
            Kind::Semaphore => "multiprocessing.synchronize.Semaphore",
            Kind::BoundedSemaphore => "multiprocessing.synchronize.BoundedSemaphore",
        }
    }
}

pub struct SemLock {
    pub kind: Kind,
    sem: Sem,
    maxvalue: u32,
    /// Acquisitions by this process not yet released.
    count: Cell<u32>,
}

impl NativeObject for SemLock {
    fn type_name(&self) -> &str {
        self.kind.name()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn class_key(&self) -> &str {
        self.kind.key()
    }
}

impl SemLock {
    pub fn new(kind: Kind, value: u32, maxvalue: u32) -> PyResult<SemLock> {
        let robust = matches!(kind, Kind::Lock | Kind::RLock);
        Ok(SemLock {
            kind,
            sem: Sem::new(value, robust)?,
            maxvalue,
            count: Cell::new(0),
        })
    }

    pub fn is_mine(&self) -> bool {
        self.count.get() > 0
    }

    pub fn count(&self) -> u32 {
        self.count.get()
    }

    pub fn acquire(&self, vm: &mut Vm, deadline: Deadline) -> PyResult<bool> {
        if self.kind == Kind::RLock && self.is_mine() {
            self.count.set(self.count.get() + 1);
            return Ok(true);
        }
        let got = self.sem.try_acquire() || self.sem.acquire(vm, deadline)?;
        if got {
            self.count.set(self.count.get() + 1);
        }
        Ok(got)
    }

    pub fn release(&self) -> PyResult<()> {
        if self.kind == Kind::RLock {
            if !self.is_mine() {
                return Err(PyErr::new(
                    ExcKind::AssertionError,
                    "attempt to release recursive lock not owned by thread",
                ));
            }
            if self.count.get() > 1 {
                self.count.set(self.count.get() - 1);
                return Ok(());
            }
        }
        self.sem.release(self.maxvalue)?;
        self.count.set(self.count.get().saturating_sub(1));
        Ok(())
    }

    /// Releases every recursion level (Condition.wait), returning how many.
    pub fn release_all(&self) -> PyResult<u32> {
        let n = self.count.get();
        for _ in 0..n {
            self.release()?;
        }
        Ok(n)
    }

    pub fn value(&self) -> u32 {
        self.sem.value()
    }

    pub fn repr(&self, vm: &mut Vm) -> String {
        match self.kind {
            Kind::Lock => format!("<Lock(owner={})>", self.owner(vm)),
            Kind::RLock => {
                let (owner, count) = if self.is_mine() {
                    (common::process_name(vm), self.count.get().to_string())
                } else if self.value() == 1 {
                    ("None".to_string(), "0".to_string())
                } else {
                    ("SomeOtherProcess".to_string(), "nonzero".to_string())
                };
                format!("<RLock({owner}, {count})>")
            }
            Kind::Semaphore => format!("<Semaphore(value={})>", self.value()),
            Kind::BoundedSemaphore => format!(
                "<BoundedSemaphore(value={}, maxvalue={})>",
                self.value(),
                self.maxvalue
            ),
        }
    }

    fn owner(&self, vm: &mut Vm) -> String {
        if self.is_mine() {
            common::process_name(vm)
        } else if self.value() == 1 {
            "None".to_string()
        } else {
            "SomeOtherProcess".to_string()
        }
    }
}

pub fn register(vm: &mut Vm, d: &mut Dict) {
    let methods: &[(&'static str, crate::object::NativeFn)] = &[
        ("acquire", acquire),
        ("release", release),
        ("__enter__", enter),
        ("__exit__", exit),
        ("__repr__", repr),
    ];
    for kind in [Kind::Lock, Kind::RLock] {
        common::register_class(vm, kind.name(), methods);
    }
    let mut with_value = methods.to_vec();
    with_value.push(("get_value", get_value));
    for kind in [Kind::Semaphore, Kind::BoundedSemaphore] {
        common::register_class(vm, kind.name(), &with_value);
    }
    let factories: [(&'static str, crate::object::NativeFn); 4] = [
        ("Lock", new_lock),
        ("RLock", new_rlock),
        ("Semaphore", new_semaphore),
        ("BoundedSemaphore", new_bounded),
    ];
    for (name, f) in factories {
        d.set_str(
            intern(name),
            vm.native(name, format!("BaseContext.{name}"), f),
        );
    }
}

fn new_lock(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    factory_arity("Lock", args, 0, 0)?;
    Ok(common::object(SemLock::new(Kind::Lock, 1, 1)?))
}

fn new_rlock(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    factory_arity("RLock", args, 0, 0)?;
    Ok(common::object(SemLock::new(Kind::RLock, 1, 1)?))
}

fn new_semaphore(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let value = initial_value(vm, "Semaphore", args, kw)?;
    Ok(common::object(SemLock::new(
        Kind::Semaphore,
        value,
        SEM_VALUE_MAX,
    )?))
}

fn new_bounded(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let value = initial_value(vm, "BoundedSemaphore", args, kw)?;
    Ok(common::object(SemLock::new(
        Kind::BoundedSemaphore,
        value,
        value,
    )?))
}

/// `value=1`; a negative or too large one fails as sem_init does.
fn initial_value(vm: &mut Vm, name: &str, args: &[Value], kw: &[(Str, Value)]) -> PyResult<u32> {
    factory_arity(name, args, 0, 1)?;
    let [v] = crate::builtins::args::kwargs_named(&format!("BaseContext.{name}"), kw, ["value"])?;
    let v = args.first().cloned().or(v).unwrap_or(Value::Int(1));
    let n = vm.index_value(&v)?;
    if !(0..=SEM_VALUE_MAX as i64).contains(&n) {
        return Err(crate::modules::os_error(nix::libc::EINVAL, None));
    }
    Ok(n as u32)
}

fn lock_of(args: &[Value]) -> PyResult<&SemLock> {
    this::<SemLock>(args, "SemLock")
}

pub(super) fn acquire(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let l = lock_of(args)?;
    // The fast path: no keyword parsing, no clock.
    if args.len() == 1
        && kw.is_empty()
        && (l.kind != Kind::RLock || !l.is_mine())
        && l.sem.try_acquire()
    {
        l.count.set(l.count.get() + 1);
        return Ok(Value::Bool(true));
    }
    let [block, timeout] = params("acquire", &args[1..], kw, ["block", "timeout"])?;
    let block = match &block {
        Some(b) => vm.truthy(b)?,
        None => true,
    };
    let deadline = if block {
        deadline(vm, timeout.as_ref())?
    } else {
        Deadline::after(Some(0.0))
    };
    Ok(Value::Bool(l.acquire(vm, deadline)?))
}

pub(super) fn release(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    if args.len() > 1 {
        return Err(type_error(format!(
            "release() takes no arguments ({} given)",
            args.len() - 1
        )));
    }
    lock_of(args)?.release()?;
    Ok(Value::None)
}

pub(super) fn enter(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let l = lock_of(args)?;
    Ok(Value::Bool(l.acquire(vm, Deadline::never())?))
}

pub(super) fn exit(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    lock_of(args)?.release()?;
    Ok(Value::None)
}

fn get_value(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::Int(lock_of(args)?.value() as i64))
}

fn repr(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let s = lock_of(args)?.repr(vm);
    Ok(Value::string(s))
}
