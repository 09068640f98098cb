//! The shared channel between a `Pool` and its workers (the Python side
//! is `stdlib/multiprocessing/pool.pp`): a ring of tasks the workers take
//! from, a ring of results the parent drains, and one slot per worker
//! naming the task it holds.
//!
//! The slot is written under the task ring's lock, in the same critical
//! section that takes the task, so there is no instant at which a worker
//! holds a task the parent cannot see: when a worker dies (SIGKILL,
//! `os._exit`), the parent reads its slot and fails exactly that task,
//! where CPython's pool waits for ever (bpo-22393).
//!
//! The parent sleeps in one `ppoll` on an eventfd and the workers'
//! pidfds, so a result and a worker's end (death, or exit after `close`)
//! wake it alike; a worker writes the eventfd only when the parent says it
//! is asleep, so a busy parent costs the workers no system call.

use super::queue::ring::Ring;
use super::queue::wait::{self, Until};
use super::shm::SharedRegion;
use crate::error::{PyResult, type_error};
use crate::object::{Dict, NativeFn, NativeObject};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use nix::libc;
use std::any::Any;
use std::cell::Cell;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd};
use std::sync::atomic::{AtomicU64, Ordering, fence};
use std::time::Instant;

/// Where the class lives in `Vm::native_classes`.
const CLASS_KEY: &str = "multiprocessing.pool.PoolChannel";

/// Lock-free looks at the result count before the parent sleeps (each a
/// CPU pause): a worker's answer to a short task often comes meanwhile.
const SPINS: u32 = 2000;

/// Task ids start at 1: a slot of 0 holds nothing.
const NO_TASK: u64 = 0;

pub struct PoolChannel {
    tasks: Ring,
    results: Ring,
    /// One u64 per worker (the task it holds), then the parent's
    /// "asleep" flag and the spinner token.
    slots: SharedRegion,
    workers: usize,
    /// Written by a worker whose result may find the parent asleep.
    wakeup: OwnedFd,
}

impl NativeObject for PoolChannel {
    fn type_name(&self) -> &str {
        CLASS_KEY
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

const METHODS: &[(&str, NativeFn)] = &[
    ("put_task", put_task),
    ("take_task", take_task),
    ("put_result", put_result),
    ("get_results", get_results),
    ("held", held),
    ("pending", pending),
    ("discard_tasks", discard_tasks),
];

pub fn register(vm: &mut Vm, d: &mut Dict) {
    let mut dict = Dict::new();
    dict.set_str(intern("__module__"), Value::str("multiprocessing.pool"));
    let cls =
        crate::vm::types::new_class(intern("PoolChannel"), vec![vm.types.object.clone()], dict)
            .expect("a plain class");
    for (n, f) in METHODS {
        vm.add_method(&cls, n, *f);
    }
    vm.native_classes
        .borrow_mut()
        .set_str(intern(CLASS_KEY), Value::Class(cls));
    crate::modules::posix::add_functions(
        vm,
        d,
        &[
            ("_pool_channel", new_channel),
            ("_die_with_parent", die_with_parent),
        ],
    );
}

/// `_pool_channel(workers)`.
fn new_channel(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let workers = match args {
        [Value::Int(n)] if *n > 0 => *n as usize,
        _ => return Err(type_error("_pool_channel(workers: positive int)")),
    };
    // SAFETY: a plain eventfd(2); the descriptor is ours.
    let efd = unsafe { libc::eventfd(0, libc::EFD_NONBLOCK | libc::EFD_CLOEXEC) };
    if efd < 0 {
        return Err(crate::modules::os_error(
            nix::errno::Errno::last_raw(),
            None,
        ));
    }
    Ok(Value::Object(std::rc::Rc::new(PoolChannel {
        tasks: Ring::new()?,
        results: Ring::new()?,
        slots: SharedRegion::new((workers + 2) * std::mem::size_of::<AtomicU64>())?,
        workers,
        // SAFETY: `efd` is a new descriptor nobody else owns.
        wakeup: unsafe { OwnedFd::from_raw_fd(efd) },
    })))
}

/// Makes a worker die with the pool's process (a worker waiting on a
/// futex would not notice otherwise), or at once if that one is gone.
fn die_with_parent(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let [Value::Int(parent)] = args else {
        return Err(type_error("_die_with_parent(parent_pid)"));
    };
    // SAFETY: plain prctl/getppid/_exit calls.
    unsafe {
        libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGKILL);
        if libc::getppid() as i64 != *parent {
            libc::_exit(1);
        }
    }
    Ok(Value::None)
}

impl PoolChannel {
    fn slot(&self, index: usize) -> &AtomicU64 {
        assert!(index < self.workers, "worker index checked by the caller");
        // SAFETY: the region holds `workers` aligned u64s and lives as
        // long as self.
        unsafe { &*self.slots.as_ptr().cast::<AtomicU64>().add(index) }
    }

    fn parent_asleep(&self) -> &AtomicU64 {
        // SAFETY: the word after the slots, in the same region.
        unsafe { &*self.slots.as_ptr().cast::<AtomicU64>().add(self.workers) }
    }

    /// 1 while an idle worker spins for the next task (see `spin_step`).
    fn spinner(&self) -> &AtomicU64 {
        // SAFETY: the second word after the slots, in the same region.
        unsafe {
            &*self
                .slots
                .as_ptr()
                .cast::<AtomicU64>()
                .add(self.workers + 1)
        }
    }

    /// Wakes the parent if it sleeps (after a result was published).
    fn wake_parent(&self) {
        fence(Ordering::SeqCst);
        if self.parent_asleep().load(Ordering::SeqCst) != 0 {
            let one = 1u64.to_ne_bytes();
            // SAFETY: an 8-byte write to our eventfd.
            unsafe { libc::write(self.wakeup.as_raw_fd(), one.as_ptr().cast(), 8) };
        }
    }

    /// Every result waiting, drained under one lock.
    fn drain(&self) -> PyResult<Vec<Vec<u8>>> {
        let g = self.results.lock()?;
        let n = g.counters().count;
        (0..n).map(|_| g.pop()).collect()
    }
}

fn this(args: &[Value]) -> PyResult<&PoolChannel> {
    match args.first() {
        Some(Value::Object(o)) => o.as_any().downcast_ref::<PoolChannel>(),
        _ => None,
    }
    .ok_or_else(|| type_error("descriptor requires a PoolChannel"))
}

fn int_arg(args: &[Value], i: usize) -> PyResult<i64> {
    match args.get(i) {
        Some(Value::Int(n)) => Ok(*n),
        _ => Err(type_error("PoolChannel: an int argument is required")),
    }
}

fn index_arg(ch: &PoolChannel, args: &[Value], i: usize) -> PyResult<usize> {
    let n = int_arg(args, i)?;
    if n < 0 || n as usize >= ch.workers {
        return Err(crate::error::value_error("worker index out of range"));
    }
    Ok(n as usize)
}

/// `put_task(task_id, task)`: a record is the id (8 bytes) and the
/// encoded task.
fn put_task(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let ch = this(args)?;
    let id = int_arg(args, 1)? as u64;
    let task = args
        .get(2)
        .ok_or_else(|| type_error("put_task(id, task)"))?;
    let mut record = id.to_le_bytes().to_vec();
    record.extend(super::codec::encode(vm, task)?);
    let g = ch.tasks.lock()?;
    g.push(&record, false)?;
    wait::notify(ch.tasks.not_empty());
    Ok(Value::None)
}

/// `take_task(index)` in worker `index`: `(task_id, task, error)`,
/// waiting for one; `error` is the exception that rebuilding the task
/// raised, if any. The slot names the task from the moment it leaves the
/// ring.
fn take_task(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let ch = this(args)?;
    let slot = ch.slot(index_arg(ch, args, 1)?);
    let token = ch.spinner();
    let spin = Cell::new(Spin::Undecided);
    let record = wait::until(
        vm,
        &ch.tasks,
        Ring::not_empty,
        Until::Forever,
        |r| spin_step(r, token, &spin),
        |g| {
            if g.counters().count == 0 {
                return Ok(None);
            }
            let record = g.pop()?;
            slot.store(task_id(&record), Ordering::Release);
            Ok(Some(record))
        },
    )?
    .expect("a wait for ever ends with a task");
    // A task that cannot be rebuilt here fails alone, not the worker.
    let (task, error) = match super::codec::decode(vm, &record[8..]) {
        Ok(task) => (task, Value::None),
        Err(e) => (Value::None, vm.materialize(e)),
    };
    Ok(Value::tuple(vec![
        Value::Int(task_id(&record) as i64),
        task,
        error,
    ]))
}

/// Where an idle worker is in its spin before sleeping.
#[derive(Clone, Copy)]
enum Spin {
    Undecided,
    /// Holds the spinner token; the number of looks so far.
    Looking(u32),
    Done,
}

/// One look of an idle worker's spin (`wait::until`'s `ready`). Only the
/// worker holding the channel's spinner token spins, for about one
/// `wait::SPINS` round: one hot worker picks up the parent's next task in
/// well under a microsecond, while spinning idle workers would outnumber
/// free CPUs and slow the parent and the busy workers down.
fn spin_step(ring: &Ring, token: &AtomicU64, spin: &Cell<Spin>) -> bool {
    let looks = match spin.get() {
        Spin::Done => return true,
        Spin::Undecided => {
            if token
                .compare_exchange(0, 1, Ordering::AcqRel, Ordering::Relaxed)
                .is_err()
            {
                spin.set(Spin::Done);
                return true;
            }
            0
        }
        Spin::Looking(n) => n,
    };
    if ring.count_hint() > 0 || looks + 2 >= wait::SPINS {
        token.store(0, Ordering::Release);
        spin.set(Spin::Done);
        return true;
    }
    spin.set(Spin::Looking(looks + 1));
    // Yielding keeps the spin from starving a runnable parent or worker
    // when CPUs are short; on an idle CPU it returns at once.
    if looks % 16 == 15 {
        // SAFETY: plain system call.
        unsafe { libc::sched_yield() };
    }
    false
}

fn task_id(record: &[u8]) -> u64 {
    let mut id = [0u8; 8];
    id.copy_from_slice(&record[..8]);
    u64::from_le_bytes(id)
}

/// `put_result(index, result)` in worker `index`: the result goes out
/// before the slot is cleared, so a death in between leaves the parent a
/// result for the task it then finds held (and ignores).
fn put_result(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let ch = this(args)?;
    let slot = ch.slot(index_arg(ch, args, 1)?);
    let result = args
        .get(2)
        .ok_or_else(|| type_error("put_result(index, result)"))?;
    let bytes = super::codec::encode(vm, result)?;
    ch.results.lock()?.push(&bytes, false)?;
    ch.wake_parent();
    slot.store(NO_TASK, Ordering::Release);
    Ok(Value::None)
}

/// `get_results(timeout, sentinels)` in the parent: every result
/// waiting, as a list. Waits (`timeout` None: for ever) until there is
/// one, or one of the `sentinels` (worker pidfds) is readable: then the
/// list may be empty and the caller looks at its workers.
fn get_results(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let ch = this(args)?;
    let deadline = match args.get(1) {
        None | Some(Value::None) => None,
        Some(t) => super::connection::wait::deadline_in(crate::types::arith::to_float(t)?)?,
    };
    let sentinels: Vec<i32> = match args.get(2) {
        Some(Value::List(l)) => l
            .borrow()
            .iter()
            .map(|v| match v {
                Value::Int(fd) => Ok(*fd as i32),
                _ => Err(type_error("sentinels must be fds")),
            })
            .collect::<PyResult<_>>()?,
        _ => Vec::new(),
    };
    let records = wait_results(vm, ch, deadline, &sentinels)?;
    let mut out = Vec::with_capacity(records.len());
    for r in &records {
        out.push(super::codec::decode(vm, r)?);
    }
    Ok(Value::list(out))
}

/// The results once there are some, a sentinel is readable or the
/// deadline passes (then possibly none).
fn wait_results(
    vm: &mut Vm,
    ch: &PoolChannel,
    deadline: Option<Instant>,
    sentinels: &[i32],
) -> PyResult<Vec<Vec<u8>>> {
    let mut spun = false;
    loop {
        let records = ch.drain()?;
        if !records.is_empty() || deadline.is_some_and(|d| Instant::now() >= d) {
            return Ok(records);
        }
        if !spun {
            spun = true;
            for _ in 0..SPINS {
                if ch.results.count_hint() > 0 {
                    break;
                }
                std::hint::spin_loop();
            }
            continue;
        }
        // Asleep first, then a last look: a worker publishing meanwhile
        // either is seen here or sees the flag (both sides fence).
        ch.parent_asleep().store(1, Ordering::SeqCst);
        fence(Ordering::SeqCst);
        if ch.results.count_hint() > 0 {
            ch.parent_asleep().store(0, Ordering::SeqCst);
            continue;
        }
        let mut fds: Vec<libc::pollfd> = std::iter::once(ch.wakeup.as_raw_fd())
            .chain(sentinels.iter().copied())
            .map(|fd| libc::pollfd {
                fd,
                events: libc::POLLIN,
                revents: 0,
            })
            .collect();
        let polled = super::connection::wait::poll_until(vm, &mut fds, deadline);
        ch.parent_asleep().store(0, Ordering::SeqCst);
        polled?;
        if fds[0].revents != 0 {
            let mut count = [0u8; 8];
            // SAFETY: an 8-byte read from our non-blocking eventfd.
            unsafe { libc::read(ch.wakeup.as_raw_fd(), count.as_mut_ptr().cast(), 8) };
        }
        if fds[1..].iter().any(|p| p.revents != 0) {
            return ch.drain();
        }
    }
}

/// `held(index)`: the id of the task worker `index` holds, or None.
fn held(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let ch = this(args)?;
    let id = ch.slot(index_arg(ch, args, 1)?).load(Ordering::Acquire);
    Ok(if id == NO_TASK {
        Value::None
    } else {
        Value::Int(id as i64)
    })
}

/// `pending()`: tasks not yet taken.
fn pending(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let ch = this(args)?;
    Ok(Value::Int(ch.tasks.lock()?.counters().count as i64))
}

/// `discard_tasks()`: drops the tasks not yet taken (terminate).
fn discard_tasks(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let ch = this(args)?;
    let g = ch.tasks.lock()?;
    while g.counters().count > 0 {
        g.pop()?;
    }
    Ok(Value::None)
}
