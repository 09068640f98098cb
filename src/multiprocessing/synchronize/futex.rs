//! Blocking waits of the synchronization objects: deadlines, and sleeps on
//! a shared word (`multiprocessing/futex.rs`) that wake now and then to
//! look around (a lock's holder may have died) and run signal handlers.

use crate::error::PyResult;
use crate::vm::Vm;
use std::sync::atomic::AtomicU32;
use std::time::{Duration, Instant};

/// How long a sleeper may go without looking around (for locks: whether
/// the holder died).
pub const POLL: Duration = Duration::from_millis(50);

pub use crate::multiprocessing::futex::wake;

/// A point in time a blocking call gives up at (`None`: never).
#[derive(Clone, Copy)]
pub struct Deadline(Option<Instant>);

impl Deadline {
    pub fn after(timeout: Option<f64>) -> Deadline {
        Deadline(timeout.map(|t| Instant::now() + Duration::from_secs_f64(t.clamp(0.0, 1e9))))
    }

    pub fn never() -> Deadline {
        Deadline(None)
    }

    fn remaining(&self) -> Option<Duration> {
        self.0.map(|d| d.saturating_duration_since(Instant::now()))
    }

    pub fn passed(&self) -> bool {
        self.remaining().is_some_and(|r| r.is_zero())
    }
}

/// One sleep of a blocking loop: while `*word == expected`, until woken,
/// the deadline, or `POLL` has gone by. A signal runs the Python handlers
/// (which may raise, e.g. KeyboardInterrupt) and returns for the caller to
/// look again, as PEP 475 wants. Returns whether the deadline has passed.
pub fn sleep(vm: &mut Vm, word: &AtomicU32, expected: u32, deadline: Deadline) -> PyResult<bool> {
    if crate::signals::pending() {
        crate::signals::run_pending(vm)?;
    }
    let limit = match deadline.remaining() {
        Some(r) if r.is_zero() => return Ok(true),
        Some(r) => r.min(POLL),
        None => POLL,
    };
    if let Err(nix::errno::Errno::EINTR) =
        crate::multiprocessing::futex::wait(word, expected, Some(limit))
    {
        crate::signals::run_pending(vm)?;
    }
    Ok(deadline.passed())
}
