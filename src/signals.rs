//! Signal delivery: the OS-level handler only records the signal; the VM
//! runs the Python-level handler at its next safe point (a backward jump,
//! a call, or a blocking call woken by EINTR), as CPython does.
//!
//! `vm.signal_handlers[signum]` holds what `signal.getsignal` reports: a
//! callable, `Int(0)` (SIG_DFL), `Int(1)` (SIG_IGN), or None when the
//! disposition was not set from Python. Blocking calls use `sleep` or
//! `crate::modules::posix::retry`, which run the handlers on EINTR and
//! carry on (PEP 475).

use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::Value;
use crate::vm::Vm;
use nix::errno::Errno;
use nix::libc;
use std::sync::atomic::{AtomicBool, Ordering};

/// One past the highest signal number (Linux real-time signals end at 64),
/// CPython's `signal.NSIG`.
pub const NSIG: usize = 65;

/// Set by the OS-level handler, cleared when the VM runs handlers.
pub static PENDING: AtomicBool = AtomicBool::new(false);

static TRIPPED: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];

extern "C" fn record(signum: libc::c_int) {
    if let Some(flag) = TRIPPED.get(signum as usize) {
        flag.store(true, Ordering::SeqCst);
        PENDING.store(true, Ordering::SeqCst);
    }
}

/// What the kernel does with a signal.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Disposition {
    Default,
    Ignore,
    /// Routed to the VM through `record`.
    Catch,
    /// Some other handler (installed before pyproc started, or by C code).
    Other,
}

/// Installs a disposition. A caught signal interrupts blocking calls
/// (no SA_RESTART) so they can run the handler, as PEP 475 describes;
/// `restart` asks for SA_RESTART instead (`signal.siginterrupt(n, False)`).
pub fn set_disposition(signum: i32, disposition: Disposition, restart: bool) -> Result<(), Errno> {
    let handler = match disposition {
        Disposition::Default => libc::SIG_DFL,
        Disposition::Ignore => libc::SIG_IGN,
        Disposition::Catch | Disposition::Other => record as extern "C" fn(libc::c_int) as usize,
    };
    // SAFETY: an all-zero sigaction is valid; every field used is set
    // below, and `record` only stores to atomics (async-signal-safe).
    unsafe {
        let mut action: libc::sigaction = std::mem::zeroed();
        action.sa_sigaction = handler;
        action.sa_flags = if restart { libc::SA_RESTART } else { 0 };
        libc::sigemptyset(&mut action.sa_mask);
        if libc::sigaction(signum, &action, std::ptr::null_mut()) != 0 {
            return Err(Errno::last());
        }
    }
    Ok(())
}

/// The disposition the kernel has for a signal (None: no such signal).
pub fn disposition(signum: i32) -> Option<Disposition> {
    // SAFETY: a null new action only queries; `old` is a valid local.
    let old = unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        if libc::sigaction(signum, std::ptr::null(), &mut old) != 0 {
            return None;
        }
        old
    };
    Some(match old.sa_sigaction {
        libc::SIG_DFL => Disposition::Default,
        libc::SIG_IGN => Disposition::Ignore,
        h if h == record as extern "C" fn(libc::c_int) as usize => Disposition::Catch,
        _ => Disposition::Other,
    })
}

/// Toggles SA_RESTART on a caught signal (`signal.siginterrupt`).
pub fn set_restart(signum: i32, restart: bool) -> Result<(), Errno> {
    match disposition(signum) {
        Some(Disposition::Catch) => set_disposition(signum, Disposition::Catch, restart),
        Some(_) => Ok(()),
        None => Err(Errno::EINVAL),
    }
}

/// Start-up dispositions, as CPython sets them: SIGINT raises
/// KeyboardInterrupt (unless the parent made us ignore it, as shells do
/// for background jobs), SIGPIPE is ignored so writes to a closed pipe
/// fail with EPIPE (BrokenPipeError), SIGXFSZ is ignored so writes past
/// the file size limit fail with EFBIG.
pub fn install_defaults() {
    if disposition(libc::SIGINT) == Some(Disposition::Default) {
        let _ = set_disposition(libc::SIGINT, Disposition::Catch, false);
    }
    let _ = set_disposition(libc::SIGPIPE, Disposition::Ignore, false);
    let _ = set_disposition(libc::SIGXFSZ, Disposition::Ignore, false);
}

/// Whether a signal is waiting to be handled.
#[inline]
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed)
}

/// Runs the Python handlers of signals that arrived since the last call.
/// The first handler that raises stops the others (they stay pending).
pub fn run_pending(vm: &mut Vm) -> PyResult<()> {
    run_pending_in(vm, None)
}

/// `run_pending` from the VM loop, which knows the running frame: its
/// snapshot is the handlers' `frame` argument (natives waiting in a system
/// call have no frame at hand and pass None).
pub fn run_pending_in(vm: &mut Vm, frame: Option<&crate::vm::frame::Frame>) -> PyResult<()> {
    if !PENDING.swap(false, Ordering::SeqCst) {
        return Ok(());
    }
    for (signum, tripped) in TRIPPED.iter().enumerate().skip(1) {
        if !tripped.swap(false, Ordering::SeqCst) {
            continue;
        }
        if let Err(e) = run_handler(vm, signum, frame) {
            // Keep later signals for the next safe point.
            if TRIPPED.iter().any(|t| t.load(Ordering::SeqCst)) {
                PENDING.store(true, Ordering::SeqCst);
            }
            return Err(e);
        }
    }
    Ok(())
}

fn run_handler(
    vm: &mut Vm,
    signum: usize,
    frame: Option<&crate::vm::frame::Frame>,
) -> PyResult<()> {
    let handler = vm
        .signal_handlers
        .get(signum)
        .cloned()
        .unwrap_or(Value::None);
    match handler {
        Value::None => default_action(signum),
        // SIG_DFL / SIG_IGN set after the signal arrived: nothing to run.
        Value::Int(_) | Value::Bool(_) => Ok(()),
        h => {
            crate::trace::emit(crate::trace::record::Event::Signal(signum as i32));
            let frame = match frame {
                Some(f) => crate::types::frame_object::FrameObject::of(vm, f),
                None => vm.signal_frame.clone(),
            };
            vm.call(&h, vec![Value::Int(signum as i64), frame], vec![])
                .map(|_| ())
        }
    }
}

/// What a signal caught before Python set a handler does: SIGINT raises
/// KeyboardInterrupt.
fn default_action(signum: usize) -> PyResult<()> {
    if signum == libc::SIGINT as usize {
        return Err(PyErr::with_args(ExcKind::KeyboardInterrupt, vec![]));
    }
    Ok(())
}

fn monotonic_now() -> libc::timespec {
    let mut now = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `now` is a valid local; CLOCK_MONOTONIC always exists.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut now) };
    now
}

/// `t` plus `ns` nanoseconds (`time_t` and `c_long` vary by platform).
#[allow(clippy::unnecessary_cast)]
fn add_nanos(t: libc::timespec, ns: i64) -> libc::timespec {
    let total = t.tv_nsec as i64 + ns % 1_000_000_000;
    let sec = t.tv_sec as i64 + ns / 1_000_000_000 + total / 1_000_000_000;
    libc::timespec {
        tv_sec: sec as libc::time_t,
        tv_nsec: (total % 1_000_000_000) as _,
    }
}

/// Sleeps `ns` nanoseconds (non-negative) against a monotonic deadline.
/// A signal wakes the sleep: its handler runs at once (an exception it
/// raises ends the sleep), then the sleep resumes for the time that
/// remains.
pub fn sleep(vm: &mut Vm, ns: i64) -> PyResult<()> {
    let deadline = add_nanos(monotonic_now(), ns);
    loop {
        // Signals stay blocked from the look at PENDING until ppoll
        // unblocks them atomically, so one that lands just before the
        // sleep interrupts it instead of waiting out the whole sleep.
        let old = block_async_signals();
        if pending() {
            restore_mask(&old);
            run_pending(vm)?;
            continue;
        }
        let left = nanos_between(monotonic_now(), deadline);
        if left <= 0 {
            restore_mask(&old);
            return Ok(());
        }
        let rel = add_nanos(
            libc::timespec {
                tv_sec: 0,
                tv_nsec: 0,
            },
            left,
        );
        // SAFETY: no fds; `rel` and `old` are valid for the call.
        let r = unsafe { libc::ppoll(std::ptr::null_mut(), 0, &rel, &old) };
        let err = Errno::last();
        restore_mask(&old);
        match r {
            0 => {}
            _ if err == Errno::EINTR => run_pending(vm)?,
            _ => return Err(crate::modules::os_error(err as i32, None)),
        }
    }
}

/// Blocks every signal but the synchronous ones; returns the old mask.
fn block_async_signals() -> libc::sigset_t {
    // SAFETY: both sets are valid locals filled by the libc calls.
    unsafe {
        let mut all: libc::sigset_t = std::mem::zeroed();
        libc::sigfillset(&mut all);
        for sync in [
            libc::SIGSEGV,
            libc::SIGBUS,
            libc::SIGFPE,
            libc::SIGILL,
            libc::SIGTRAP,
        ] {
            libc::sigdelset(&mut all, sync);
        }
        let mut old: libc::sigset_t = std::mem::zeroed();
        libc::sigprocmask(libc::SIG_BLOCK, &all, &mut old);
        old
    }
}

fn restore_mask(old: &libc::sigset_t) {
    // SAFETY: `old` is a mask sigprocmask gave.
    unsafe { libc::sigprocmask(libc::SIG_SETMASK, old, std::ptr::null_mut()) };
}

#[allow(clippy::unnecessary_cast)]
fn nanos_between(from: libc::timespec, to: libc::timespec) -> i64 {
    (to.tv_sec - from.tv_sec) as i64 * 1_000_000_000 + (to.tv_nsec - from.tv_nsec) as i64
}

/// `signal.pause()`: waits for one signal, then runs the handlers.
pub fn pause(vm: &mut Vm) -> PyResult<()> {
    // SAFETY: pause has no arguments and only returns on a signal.
    unsafe { libc::pause() };
    run_pending(vm)
}

/// After an uncaught KeyboardInterrupt CPython dies of SIGINT itself, so
/// the parent sees the signal (exit status 130 in a shell).
pub fn die_of_sigint() -> ! {
    // The reaper sees the signal; the record keeps the time and the reason.
    crate::trace::exit(130);
    let _ = set_disposition(libc::SIGINT, Disposition::Default, false);
    // SAFETY: `set` is a valid local; unblocking and raising have no
    // memory effects.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGINT);
        libc::sigprocmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
        libc::raise(libc::SIGINT);
    }
    std::process::exit(130)
}
