//! Signal delivery: the OS-level handler only records the signal; the VM
//! runs the Python-level handler at its next safe point (a backward jump,
//! a call, or a blocking call woken by EINTR), as CPython does.

use crate::error::{ExcKind, PyErr, PyResult};
use crate::value::Value;
use crate::vm::Vm;
use nix::sys::signal::{SaFlags, SigAction, SigHandler, SigSet, Signal, sigaction};
use std::sync::atomic::{AtomicBool, Ordering};

/// Highest signal number tracked (Linux real-time signals end at 64).
pub const NSIG: usize = 65;

/// Set by the OS-level handler, cleared when the VM runs handlers.
pub static PENDING: AtomicBool = AtomicBool::new(false);

static TRIPPED: [AtomicBool; NSIG] = [const { AtomicBool::new(false) }; NSIG];

extern "C" fn record(signum: nix::libc::c_int) {
    if let Some(flag) = TRIPPED.get(signum as usize) {
        flag.store(true, Ordering::SeqCst);
        PENDING.store(true, Ordering::SeqCst);
    }
}

/// Routes a signal to the VM (the handler only sets flags, which is
/// async-signal-safe). SA_RESTART is left off so blocking calls return
/// EINTR and can run the handler, as PEP 475 describes.
pub fn catch(sig: Signal) -> nix::Result<()> {
    let action = SigAction::new(
        SigHandler::Handler(record),
        SaFlags::empty(),
        SigSet::empty(),
    );
    // SAFETY: `record` only stores to atomics.
    unsafe { sigaction(sig, &action) }.map(|_| ())
}

/// Start-up: SIGINT raises KeyboardInterrupt, as in CPython.
pub fn install_defaults() {
    let _ = catch(Signal::SIGINT);
}

/// Whether a signal is waiting to be handled.
#[inline]
pub fn pending() -> bool {
    PENDING.load(Ordering::Relaxed)
}

/// Runs the Python handlers of signals that arrived since the last call.
/// The first handler that raises stops the others (they stay pending).
pub fn run_pending(vm: &mut Vm) -> PyResult<()> {
    if !PENDING.swap(false, Ordering::SeqCst) {
        return Ok(());
    }
    for (signum, tripped) in TRIPPED.iter().enumerate().skip(1) {
        if !tripped.swap(false, Ordering::SeqCst) {
            continue;
        }
        let handler = vm
            .signal_handlers
            .get(signum)
            .cloned()
            .unwrap_or(Value::None);
        let result = match handler {
            Value::None => default_action(signum),
            h => {
                let frame = Value::None;
                vm.call(&h, vec![Value::Int(signum as i64), frame], vec![])
                    .map(|_| ())
            }
        };
        if let Err(e) = result {
            // Keep later signals for the next safe point.
            if TRIPPED.iter().any(|t| t.load(Ordering::SeqCst)) {
                PENDING.store(true, Ordering::SeqCst);
            }
            return Err(e);
        }
    }
    Ok(())
}

/// What an untrapped-by-Python but caught signal does: SIGINT raises
/// KeyboardInterrupt.
fn default_action(signum: usize) -> PyResult<()> {
    if signum == Signal::SIGINT as usize {
        return Err(PyErr::with_args(ExcKind::KeyboardInterrupt, vec![]));
    }
    Ok(())
}

/// After an uncaught KeyboardInterrupt CPython dies of SIGINT itself, so
/// the parent sees the signal (exit status 130 in a shell).
pub fn die_of_sigint() -> ! {
    let dfl = SigAction::new(SigHandler::SigDfl, SaFlags::empty(), SigSet::empty());
    // SAFETY: restoring the default disposition.
    unsafe {
        let _ = sigaction(Signal::SIGINT, &dfl);
    }
    let _ = nix::sys::signal::raise(Signal::SIGINT);
    std::process::exit(130)
}
