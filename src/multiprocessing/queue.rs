//! `Queue`, `SimpleQueue` and `JoinableQueue` in shared memory.
//!
//! CPython pickles items into a pipe from a feeder thread; here `put`
//! encodes the item (`codec.rs`) and copies it into a shared ring
//! (`queue/ring.rs`) at once, so it never blocks on an unbounded queue,
//! an item put is never lost when its producer exits, and the uncontended
//! path makes no system call. Each process's object keeps its own
//! `closed` flag, as CPython's `close()` only closes this process's end.

mod args;
mod mutex;
pub(crate) mod ring;
pub(crate) mod wait;

use crate::error::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::object::{Dict, NativeFn, NativeObject};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use args::bind;
use ring::Ring;
use std::any::Any;
use std::cell::Cell;
use std::rc::Rc;
use std::time::{Duration, Instant};
use wait::Until;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Plain,
    Joinable,
    Simple,
}

pub struct MpQueue {
    ring: Ring,
    kind: Kind,
    maxsize: u64,
    closed: Cell<bool>,
}

impl NativeObject for MpQueue {
    fn type_name(&self) -> &str {
        match self.kind {
            Kind::Plain => "multiprocessing.queues.Queue",
            Kind::Joinable => "multiprocessing.queues.JoinableQueue",
            Kind::Simple => "multiprocessing.queues.SimpleQueue",
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

const QUEUE_METHODS: &[(&str, NativeFn)] = &[
    ("put", put),
    ("get", get),
    ("put_nowait", put_nowait),
    ("get_nowait", get_nowait),
    ("qsize", qsize),
    ("empty", empty),
    ("full", full),
    ("close", close),
    ("join_thread", join_thread),
    ("cancel_join_thread", cancel_join_thread),
];

const JOINABLE_METHODS: &[(&str, NativeFn)] = &[("task_done", task_done), ("join", join)];

const SIMPLE_METHODS: &[(&str, NativeFn)] = &[
    ("put", simple_put),
    ("get", simple_get),
    ("empty", simple_empty),
    ("close", simple_close),
];

pub fn register(vm: &mut Vm, d: &mut Dict) {
    let queue = make_class(vm, "Queue", vec![vm.types.object.clone()], QUEUE_METHODS);
    make_class(vm, "JoinableQueue", vec![queue], JOINABLE_METHODS);
    make_class(
        vm,
        "SimpleQueue",
        vec![vm.types.object.clone()],
        SIMPLE_METHODS,
    );
    let factories: [(&'static str, NativeFn); 3] = [
        ("Queue", new_queue),
        ("JoinableQueue", new_joinable),
        ("SimpleQueue", new_simple),
    ];
    for (name, f) in factories {
        let func = vm.native(name, format!("BaseContext.{name}"), f);
        d.set_str(intern(name), func);
    }
}

fn make_class(
    vm: &mut Vm,
    name: &'static str,
    bases: Vec<Rc<crate::object::Class>>,
    methods: &[(&'static str, NativeFn)],
) -> Rc<crate::object::Class> {
    let mut dict = Dict::new();
    dict.set_str(intern("__module__"), Value::str("multiprocessing.queues"));
    let cls = crate::vm::types::new_class(intern(name), bases, dict).expect("a plain class");
    for (n, f) in methods {
        vm.add_method(&cls, n, *f);
    }
    vm.native_classes.borrow_mut().set_str(
        intern(&format!("multiprocessing.queues.{name}")),
        Value::Class(cls.clone()),
    );
    cls
}

fn create(kind: Kind, maxsize: u64) -> PyResult<Value> {
    Ok(Value::Object(Rc::new(MpQueue {
        ring: Ring::new()?,
        kind,
        maxsize,
        closed: Cell::new(false),
    })))
}

fn new_queue(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let [m] = bind("BaseContext.Queue", args, kw, ["maxsize"], 0)?;
    create(Kind::Plain, maxsize(vm, m)?)
}

fn new_joinable(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let [m] = bind("BaseContext.JoinableQueue", args, kw, ["maxsize"], 0)?;
    create(Kind::Joinable, maxsize(vm, m)?)
}

fn new_simple(_vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    bind("BaseContext.SimpleQueue", args, kw, [], 0)?;
    create(Kind::Simple, u64::MAX)
}

/// `maxsize <= 0` means unbounded; else a C int, as CPython's semaphore.
fn maxsize(vm: &mut Vm, v: Option<Value>) -> PyResult<u64> {
    let v = v.unwrap_or(Value::Int(0));
    let n = match &v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        Value::BigInt(b) if b.sign() == num_bigint::Sign::Minus => 0,
        Value::BigInt(_) => i64::MAX,
        Value::Float(f) if *f <= 0.0 => 0,
        Value::Float(_) => {
            return Err(type_error(
                "'float' object cannot be interpreted as an integer",
            ));
        }
        other => {
            return Err(type_error(format!(
                "'<=' not supported between instances of '{}' and 'int'",
                vm.type_name(other)
            )));
        }
    };
    if n <= 0 {
        return Ok(u64::MAX);
    }
    if n > i32::MAX as i64 {
        return Err(crate::error::overflow_error(
            "Python int too large to convert to C int",
        ));
    }
    Ok(n as u64)
}

fn this(v: &Value) -> PyResult<&MpQueue> {
    match v {
        Value::Object(o) => o.as_any().downcast_ref::<MpQueue>(),
        _ => None,
    }
    .ok_or_else(|| type_error("descriptor requires a multiprocessing queue"))
}

/// The queue behind `self`, refused once closed, as CPython's check.
fn open_queue<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a MpQueue> {
    let q = this(v)?;
    if q.closed.get() {
        let r = vm.repr(v)?;
        return Err(value_error(format!("Queue {r} is closed")));
    }
    Ok(q)
}

fn handle_closed() -> PyErr {
    PyErr::new(ExcKind::OSError, "handle is closed")
}

/// `queue.Empty()` / `queue.Full()`.
fn queue_exc(vm: &mut Vm, name: &str) -> PyErr {
    let made = vm.import_module("queue").and_then(|m| {
        let cls = vm.get_attr(&m, &intern(name))?;
        vm.call(&cls, vec![], vec![])
    });
    match made {
        Ok(exc) => PyErr::from_value(exc),
        Err(e) => e,
    }
}

fn real(vm: &Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => crate::types::arith::to_float(v),
        _ => Err(type_error(format!(
            "must be real number, not {}",
            vm.type_name(v)
        ))),
    }
}

/// A deadline `secs` from now (none at all if it overflows).
fn deadline(secs: f64) -> Until {
    if secs.is_nan() || secs <= 0.0 {
        return Until::Deadline(Instant::now());
    }
    Duration::try_from_secs_f64(secs)
        .ok()
        .and_then(|d| Instant::now().checked_add(d))
        .map_or(Until::Forever, Until::Deadline)
}

/// The wait of a semaphore-like `acquire(block, timeout)`.
fn acquire_wait(vm: &mut Vm, block: bool, timeout: &Value) -> PyResult<Until> {
    let t = match timeout {
        Value::None => None,
        v => Some(real(vm, v)?),
    };
    Ok(match (block, t) {
        (false, _) => Until::Now,
        (true, None) => Until::Forever,
        (true, Some(s)) => deadline(s),
    })
}

fn flag(vm: &mut Vm, v: Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(true),
        Some(v) => vm.truthy(&v),
    }
}

fn put(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    // The common `q.put(item)` skips argument binding.
    if let ([me, obj], []) = (args, kw) {
        return put_item(vm, me, obj, true, &Value::None);
    }
    let [obj, block, timeout] = bind("Queue.put", args, kw, ["obj", "block", "timeout"], 1)?;
    let obj = obj.unwrap_or(Value::None);
    let block = flag(vm, block)?;
    put_item(vm, &args[0], &obj, block, &timeout.unwrap_or(Value::None))
}

fn put_nowait(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let [obj] = bind("Queue.put_nowait", args, kw, ["obj"], 1)?;
    put_item(
        vm,
        &args[0],
        &obj.unwrap_or(Value::None),
        false,
        &Value::None,
    )
}

fn put_item(vm: &mut Vm, me: &Value, obj: &Value, block: bool, timeout: &Value) -> PyResult<Value> {
    let q = open_queue(vm, me)?;
    let until = acquire_wait(vm, block, timeout)?;
    let bytes = super::codec::encode(vm, obj)?;
    let (max, task) = (q.maxsize, q.kind == Kind::Joinable);
    let done = wait::until(
        vm,
        &q.ring,
        Ring::not_full,
        until,
        |r| r.count_hint() < max,
        |g| {
            if g.counters().count >= max {
                return Ok(None);
            }
            g.push(&bytes, task)?;
            wait::notify(q.ring.not_empty());
            Ok(Some(()))
        },
    )?;
    match done {
        Some(()) => Ok(Value::None),
        None => Err(queue_exc(vm, "Full")),
    }
}

fn get(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    match (args, kw) {
        ([me], []) => {
            let q = open_queue(vm, me)?;
            return get_item(vm, q, Until::Forever);
        }
        ([me], [(k, t @ (Value::Int(_) | Value::Float(_)))]) if k.as_str() == "timeout" => {
            let q = open_queue(vm, me)?;
            let until = deadline(real(vm, t)?);
            return get_item(vm, q, until);
        }
        _ => {}
    }
    let [block, timeout] = bind("Queue.get", args, kw, ["block", "timeout"], 0)?;
    let block = flag(vm, block)?;
    let q = open_queue(vm, &args[0])?;
    let until = match (block, timeout.unwrap_or(Value::None)) {
        (true, Value::None) => Until::Forever,
        (true, t) => match t {
            Value::Int(_) | Value::Bool(_) | Value::BigInt(_) | Value::Float(_) => {
                deadline(real(vm, &t)?)
            }
            other => {
                return Err(type_error(format!(
                    "unsupported operand type(s) for +: 'float' and '{}'",
                    vm.type_name(&other)
                )));
            }
        },
        (false, t) => acquire_wait(vm, false, &t)?,
    };
    get_item(vm, q, until)
}

fn get_nowait(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    bind("Queue.get_nowait", args, kw, [], 0)?;
    let q = open_queue(vm, &args[0])?;
    get_item(vm, q, Until::Now)
}

fn get_item(vm: &mut Vm, q: &MpQueue, until: Until) -> PyResult<Value> {
    let bytes = wait::until(
        vm,
        &q.ring,
        Ring::not_empty,
        until,
        |r| r.count_hint() > 0,
        |g| {
            if g.counters().count == 0 {
                return Ok(None);
            }
            let b = g.pop()?;
            wait::notify(q.ring.not_full());
            Ok(Some(b))
        },
    )?;
    match bytes {
        Some(b) => super::codec::decode(vm, &b),
        None => Err(queue_exc(vm, "Empty")),
    }
}

fn count(q: &MpQueue) -> PyResult<u64> {
    Ok(q.ring.lock()?.counters().count)
}

fn qsize(_vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    bind("Queue.qsize", args, kw, [], 0)?;
    Ok(Value::Int(count(this(&args[0])?)? as i64))
}

fn empty(_vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    bind("Queue.empty", args, kw, [], 0)?;
    Ok(Value::Bool(count(this(&args[0])?)? == 0))
}

fn full(_vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    bind("Queue.full", args, kw, [], 0)?;
    let q = this(&args[0])?;
    Ok(Value::Bool(count(q)? >= q.maxsize))
}

fn close(_vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    bind("Queue.close", args, kw, [], 0)?;
    this(&args[0])?.closed.set(true);
    Ok(Value::None)
}

/// Nothing to wait for (no feeder thread), but CPython's precondition
/// holds.
fn join_thread(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    bind("Queue.join_thread", args, kw, [], 0)?;
    if !this(&args[0])?.closed.get() {
        let r = vm.repr(&args[0])?;
        return Err(PyErr::new(
            ExcKind::AssertionError,
            format!("Queue {r} not closed"),
        ));
    }
    Ok(Value::None)
}

fn cancel_join_thread(_vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    bind("Queue.cancel_join_thread", args, kw, [], 0)?;
    this(&args[0])?;
    Ok(Value::None)
}

fn task_done(_vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    bind("JoinableQueue.task_done", args, kw, [], 0)?;
    let q = this(&args[0])?;
    let g = q.ring.lock()?;
    if !g.task_done() {
        return Err(value_error("task_done() called too many times"));
    }
    if g.counters().unfinished == 0 {
        wait::notify(q.ring.all_done());
    }
    Ok(Value::None)
}

fn join(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    bind("JoinableQueue.join", args, kw, [], 0)?;
    let q = this(&args[0])?;
    wait::until(
        vm,
        &q.ring,
        Ring::all_done,
        Until::Forever,
        |r| r.unfinished_hint() == 0,
        |g| Ok((g.counters().unfinished == 0).then_some(())),
    )?;
    Ok(Value::None)
}

fn open_simple(v: &Value) -> PyResult<&MpQueue> {
    let q = this(v)?;
    if q.closed.get() {
        return Err(handle_closed());
    }
    Ok(q)
}

fn simple_put(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let [obj] = bind("SimpleQueue.put", args, kw, ["obj"], 1)?;
    open_simple(&args[0])?;
    put_item(
        vm,
        &args[0],
        &obj.unwrap_or(Value::None),
        true,
        &Value::None,
    )
}

fn simple_get(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    bind("SimpleQueue.get", args, kw, [], 0)?;
    let q = open_simple(&args[0])?;
    get_item(vm, q, Until::Forever)
}

fn simple_empty(_vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    bind("SimpleQueue.empty", args, kw, [], 0)?;
    Ok(Value::Bool(count(open_simple(&args[0])?)? == 0))
}

fn simple_close(_vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    bind("SimpleQueue.close", args, kw, [], 0)?;
    this(&args[0])?.closed.set(true);
    Ok(Value::None)
}
