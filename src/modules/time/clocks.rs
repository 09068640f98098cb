//! Clocks: `time`, `monotonic`, `perf_counter`, `process_time`,
//! `thread_time` (each also in nanoseconds), `clock_gettime` and friends,
//! and `get_clock_info`.

use super::no_args;
use crate::error::{PyResult, type_error, value_error};
use crate::object::{Class, Dict};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use nix::libc;
use std::rc::Rc;

pub const CLOCK_IDS: [(&str, libc::clockid_t); 7] = [
    ("CLOCK_BOOTTIME", libc::CLOCK_BOOTTIME),
    ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC),
    ("CLOCK_MONOTONIC_RAW", libc::CLOCK_MONOTONIC_RAW),
    ("CLOCK_PROCESS_CPUTIME_ID", libc::CLOCK_PROCESS_CPUTIME_ID),
    ("CLOCK_REALTIME", libc::CLOCK_REALTIME),
    ("CLOCK_TAI", libc::CLOCK_TAI),
    ("CLOCK_THREAD_CPUTIME_ID", libc::CLOCK_THREAD_CPUTIME_ID),
];

/// The clocks `get_clock_info` knows: name, clock id, adjustable.
const NAMED: [(&str, libc::clockid_t, &str, bool); 5] = [
    ("time", libc::CLOCK_REALTIME, "CLOCK_REALTIME", true),
    ("monotonic", libc::CLOCK_MONOTONIC, "CLOCK_MONOTONIC", false),
    (
        "perf_counter",
        libc::CLOCK_MONOTONIC,
        "CLOCK_MONOTONIC",
        false,
    ),
    (
        "process_time",
        libc::CLOCK_PROCESS_CPUTIME_ID,
        "CLOCK_PROCESS_CPUTIME_ID",
        false,
    ),
    (
        "thread_time",
        libc::CLOCK_THREAD_CPUTIME_ID,
        "CLOCK_THREAD_CPUTIME_ID",
        false,
    ),
];

fn read(id: libc::clockid_t) -> PyResult<libc::timespec> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid local.
    if unsafe { libc::clock_gettime(id, &mut ts) } != 0 {
        return Err(crate::modules::os_error(
            nix::errno::Errno::last_raw(),
            None,
        ));
    }
    Ok(ts)
}

#[allow(clippy::unnecessary_cast)]
fn total_ns(ts: &libc::timespec) -> i128 {
    ts.tv_sec as i128 * 1_000_000_000 + ts.tv_nsec as i128
}

/// Seconds as CPython's `_PyTime_AsSecondsDouble` computes them from
/// nanoseconds (whole seconds exactly, else one division).
fn seconds(ts: &libc::timespec) -> Value {
    let ns = total_ns(ts);
    if ns % 1_000_000_000 == 0 {
        Value::Float((ns / 1_000_000_000) as f64)
    } else {
        Value::Float(ns as f64 / 1e9)
    }
}

fn nanos(ts: &libc::timespec) -> Value {
    let ns = total_ns(ts);
    match i64::try_from(ns) {
        Ok(n) => Value::Int(n),
        Err(_) => Value::from_bigint(ns.into()),
    }
}

/// The no-argument clock functions: `time.<name>()` and `<name>_ns()`.
macro_rules! clock_fns {
    ($($name:ident, $name_ns:ident, $id:expr;)*) => {$(
        fn $name(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
            no_args(concat!("time.", stringify!($name)), args, kwargs)?;
            Ok(seconds(&read($id)?))
        }
        fn $name_ns(_vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
            no_args(concat!("time.", stringify!($name_ns)), args, kwargs)?;
            Ok(nanos(&read($id)?))
        }
    )*};
}

clock_fns! {
    time, time_ns, libc::CLOCK_REALTIME;
    monotonic, monotonic_ns, libc::CLOCK_MONOTONIC;
    perf_counter, perf_counter_ns, libc::CLOCK_MONOTONIC;
    process_time, process_time_ns, libc::CLOCK_PROCESS_CPUTIME_ID;
    thread_time, thread_time_ns, libc::CLOCK_THREAD_CPUTIME_ID;
}

/// `clock_gettime(clk_id)` style argument checks (`PyArg_ParseTuple`).
fn clock_arg(vm: &mut Vm, fname: &str, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<i32> {
    super::no_kw(fname, kwargs)?;
    // CPython's clock_gettime_ns reports itself as clock_gettime here.
    let shown = fname.trim_end_matches("_ns");
    if args.len() != 1 {
        return Err(type_error(format!(
            "{shown}() takes exactly 1 argument ({} given)",
            args.len()
        )));
    }
    super::parse_int(vm, &args[0])
}

fn clock_gettime(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let id = clock_arg(vm, "clock_gettime", args, kwargs)?;
    let ts = read(id)?;
    Ok(Value::Float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}

fn clock_gettime_ns(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let id = clock_arg(vm, "clock_gettime_ns", args, kwargs)?;
    Ok(nanos(&read(id)?))
}

fn resolution(id: libc::clockid_t) -> PyResult<f64> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid local.
    if unsafe { libc::clock_getres(id, &mut ts) } != 0 {
        return Err(crate::modules::os_error(
            nix::errno::Errno::last_raw(),
            None,
        ));
    }
    Ok(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9)
}

fn clock_getres(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let id = clock_arg(vm, "clock_getres", args, kwargs)?;
    Ok(Value::Float(resolution(id)?))
}

fn set_clock(id: libc::clockid_t, ns: i128) -> PyResult<Value> {
    let ts = libc::timespec {
        tv_sec: ns.div_euclid(1_000_000_000) as libc::time_t,
        tv_nsec: ns.rem_euclid(1_000_000_000) as _,
    };
    // SAFETY: `ts` is a valid timespec.
    if unsafe { libc::clock_settime(id, &ts) } != 0 {
        return Err(crate::modules::os_error(
            nix::errno::Errno::last_raw(),
            None,
        ));
    }
    Ok(Value::None)
}

fn settime_args<'a>(
    fname: &str,
    args: &'a [Value],
    kwargs: &[(Str, Value)],
) -> PyResult<&'a [Value]> {
    super::no_kw(fname, kwargs)?;
    if args.len() != 2 {
        // CPython's clock_settime_ns reports itself as clock_settime here.
        return Err(type_error(format!(
            "clock_settime() takes exactly 2 arguments ({} given)",
            args.len()
        )));
    }
    Ok(args)
}

fn clock_settime(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let args = settime_args("clock_settime", args, kwargs)?;
    let id = super::parse_int(vm, &args[0])?;
    let ns = super::seconds_ns(vm, &args[1], f64::floor)?;
    set_clock(id, ns as i128)
}

fn clock_settime_ns(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let args = settime_args("clock_settime_ns", args, kwargs)?;
    let id = super::parse_int(vm, &args[0])?;
    let ns = match &args[1] {
        Value::BigInt(_) => {
            return Err(crate::error::overflow_error(
                "timestamp too large to convert to C _PyTime_t",
            ));
        }
        v @ (Value::Int(_) | Value::Bool(_)) => vm.index_value(v)? as i128,
        other => {
            return Err(type_error(format!(
                "expect int, got {}",
                vm.type_name(other)
            )));
        }
    };
    set_clock(id, ns)
}

/// `types.SimpleNamespace` stand-in for `get_clock_info` results: keyword
/// attributes, CPython's repr `namespace(a=1, b=2)`.
fn namespace_class(vm: &mut Vm) -> Rc<Class> {
    let key = intern("<types.SimpleNamespace>");
    if let Some(Value::Class(c)) = vm.native_classes.borrow().get_str(&key) {
        return c.clone();
    }
    let mut d = Dict::new();
    d.set_str(intern("__module__"), Value::str("types"));
    let object = vm.types.object.clone();
    let cls = crate::vm::types::new_class(intern("SimpleNamespace"), vec![object], d)
        .expect("object is subclassable");
    vm.add_method(&cls, "__repr__", namespace_repr);
    vm.native_classes
        .borrow_mut()
        .set_str(key, Value::Class(cls.clone()));
    cls
}

fn namespace_repr(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = args.first() else {
        return Err(type_error(
            "descriptor requires a 'types.SimpleNamespace' object",
        ));
    };
    let items: Vec<(String, Value)> = inst
        .dict
        .borrow()
        .iter()
        .filter_map(|(k, v)| match &k.key {
            Value::Str(s) => Some((s.as_str().to_string(), v.clone())),
            _ => None,
        })
        .collect();
    let mut parts = Vec::with_capacity(items.len());
    for (k, v) in items {
        parts.push(format!("{k}={}", vm.repr(&v)?));
    }
    Ok(Value::string(format!("namespace({})", parts.join(", "))))
}

fn get_clock_info(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    super::no_kw("get_clock_info", kwargs)?;
    if args.len() != 1 {
        return Err(type_error(format!(
            "get_clock_info() takes exactly 1 argument ({} given)",
            args.len()
        )));
    }
    let Value::Str(name) = &args[0] else {
        return Err(type_error(format!(
            "get_clock_info() argument 1 must be str, not {}",
            vm.type_name(&args[0])
        )));
    };
    let Some((_, id, c_name, adjustable)) = NAMED.iter().find(|c| c.0 == name.as_str()) else {
        return Err(value_error("unknown clock"));
    };
    let cls = namespace_class(vm);
    let ns = vm.new_instance(&cls);
    if let Value::Instance(inst) = &ns {
        let mut d = inst.dict.borrow_mut();
        d.set_str(
            intern("implementation"),
            Value::string(format!("clock_gettime({c_name})")),
        );
        d.set_str(intern("monotonic"), Value::Bool(!adjustable));
        d.set_str(intern("adjustable"), Value::Bool(*adjustable));
        d.set_str(intern("resolution"), Value::Float(resolution(*id)?));
    }
    Ok(ns)
}

pub const FUNCTIONS: [(&str, crate::object::NativeFn); 16] = [
    ("time", time),
    ("time_ns", time_ns),
    ("monotonic", monotonic),
    ("monotonic_ns", monotonic_ns),
    ("perf_counter", perf_counter),
    ("perf_counter_ns", perf_counter_ns),
    ("process_time", process_time),
    ("process_time_ns", process_time_ns),
    ("thread_time", thread_time),
    ("thread_time_ns", thread_time_ns),
    ("clock_gettime", clock_gettime),
    ("clock_gettime_ns", clock_gettime_ns),
    ("clock_getres", clock_getres),
    ("clock_settime", clock_settime),
    ("clock_settime_ns", clock_settime_ns),
    ("get_clock_info", get_clock_info),
];
