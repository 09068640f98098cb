//! Signal delivery: the OS handler only records the signal; the VM runs
//! the Python handler at its next safe point.

use crate::error::PyResult;
use crate::vm::Vm;
use std::sync::atomic::{AtomicBool, Ordering};

/// Set by the OS-level handler, cleared when the VM runs handlers.
pub static PENDING: AtomicBool = AtomicBool::new(false);

/// Runs the Python handlers of signals that arrived since the last call.
pub fn run_pending(_vm: &mut Vm) -> PyResult<()> {
    if PENDING.swap(false, Ordering::Relaxed) {
        // Handlers arrive with the signal module (issue: processes).
    }
    Ok(())
}
