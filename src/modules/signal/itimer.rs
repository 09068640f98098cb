//! Interval timers: `setitimer`, `getitimer` and `ItimerError`.

use super::c_int;
use crate::builtins::args::{arity, no_kwargs};
use crate::error::{ExcKind, PyErr, PyResult, type_error};
use crate::object::{Class, Dict};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use nix::libc;
use std::rc::Rc;

pub const WHICH: [(&str, i64); 3] = [
    ("ITIMER_REAL", libc::ITIMER_REAL as i64),
    ("ITIMER_VIRTUAL", libc::ITIMER_VIRTUAL as i64),
    ("ITIMER_PROF", libc::ITIMER_PROF as i64),
];

/// `signal.ItimerError`, an OSError subclass CPython names `itimer_error`.
pub fn error_class(vm: &mut Vm) -> Rc<Class> {
    let key = intern("<signal.itimer_error>");
    if let Some(Value::Class(c)) = vm.native_classes.borrow().get_str(&key) {
        return c.clone();
    }
    let mut d = Dict::new();
    d.set_str(intern("__module__"), Value::str("signal"));
    let base = vm.exc_class(ExcKind::OSError);
    let cls = crate::vm::types::new_class(intern("itimer_error"), vec![base], d)
        .expect("OSError is subclassable");
    vm.native_classes
        .borrow_mut()
        .set_str(key, Value::Class(cls.clone()));
    cls
}

fn itimer_error(vm: &mut Vm, errno: i32) -> PyErr {
    let cls = error_class(vm);
    let msg = nix::errno::Errno::from_raw(errno).desc();
    let args = vec![Value::Int(errno as i64), Value::str(msg)];
    match vm.call(&Value::Class(cls), args, vec![]) {
        Ok(exc) => PyErr::from_value(exc),
        Err(e) => e,
    }
}

const NS: i64 = 1_000_000_000;

/// Seconds (int or float) as nanoseconds, rounded up, as CPython's
/// `_PyTime_FromSecondsObject` converts an interval.
fn nanos_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    crate::modules::time::seconds_ns(vm, v, f64::ceil)
}

fn timeval_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<libc::timeval> {
    let ns = match v {
        Some(v) => nanos_arg(vm, v)?,
        None => 0,
    };
    let mut sec = ns.div_euclid(NS);
    let mut usec = (ns.rem_euclid(NS) + 999) / 1000;
    if usec == 1_000_000 {
        sec += 1;
        usec = 0;
    }
    Ok(libc::timeval {
        tv_sec: sec as libc::time_t,
        tv_usec: usec as libc::suseconds_t,
    })
}

fn secs(tv: &libc::timeval) -> Value {
    Value::Float(tv.tv_sec as f64 + tv.tv_usec as f64 / 1_000_000.0)
}

fn pair(t: &libc::itimerval) -> Value {
    Value::tuple(vec![secs(&t.it_value), secs(&t.it_interval)])
}

fn zero_itimerval() -> libc::itimerval {
    let zero = libc::timeval {
        tv_sec: 0,
        tv_usec: 0,
    };
    libc::itimerval {
        it_interval: zero,
        it_value: zero,
    }
}

/// `signal.setitimer(which, seconds, interval=0.0)`: returns the old
/// (delay, interval).
pub fn setitimer(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("_signal.setitimer", kwargs)?;
    arity("setitimer", args, 2, 3)?;
    let which = c_int(vm, &args[0])?;
    let new = libc::itimerval {
        it_value: timeval_arg(vm, args.get(1))?,
        it_interval: timeval_arg(vm, args.get(2))?,
    };
    let mut old = zero_itimerval();
    // SAFETY: both structs are valid locals.
    if unsafe { libc::setitimer(which as _, &new, &mut old) } != 0 {
        return Err(itimer_error(vm, nix::errno::Errno::last_raw()));
    }
    Ok(pair(&old))
}

/// `signal.getitimer(which)`: the (delay, interval) left.
pub fn getitimer(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("_signal.getitimer", kwargs)?;
    let [which] = args else {
        return Err(type_error(format!(
            "_signal.getitimer() takes exactly one argument ({} given)",
            args.len()
        )));
    };
    let which = c_int(vm, which)?;
    let mut cur = zero_itimerval();
    // SAFETY: `cur` is a valid local.
    if unsafe { libc::getitimer(which as _, &mut cur) } != 0 {
        return Err(itimer_error(vm, nix::errno::Errno::last_raw()));
    }
    Ok(pair(&cur))
}
