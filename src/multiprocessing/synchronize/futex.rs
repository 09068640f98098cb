//! Sleeping on a word of shared memory with futex(2). The words live in
//! `MAP_SHARED` mappings, so the non-private futex operations are used:
//! they key on the physical page and so reach every forked process.

use crate::error::PyResult;
use crate::vm::Vm;
use nix::libc;
use std::sync::atomic::AtomicU32;
use std::time::{Duration, Instant};

/// How long a sleeper may go without looking around (for locks: whether
/// the holder died).
pub const POLL: Duration = Duration::from_millis(50);

/// Sleeps while `*word == expected`, at most `limit`. Returns the errno:
/// 0 when woken (or the word already differed), ETIMEDOUT, EINTR.
fn futex_wait(word: &AtomicU32, expected: u32, limit: Option<Duration>) -> i32 {
    let ts = limit.map(|d| libc::timespec {
        tv_sec: d.as_secs() as libc::time_t,
        tv_nsec: d.subsec_nanos() as libc::c_long,
    });
    let tsp = ts
        .as_ref()
        .map_or(std::ptr::null(), |t| t as *const libc::timespec);
    // SAFETY: `word` is a valid aligned u32 for the duration of the call.
    let r = unsafe {
        libc::syscall(
            libc::SYS_futex,
            word.as_ptr(),
            libc::FUTEX_WAIT,
            expected,
            tsp,
            std::ptr::null::<u32>(),
            0u32,
        )
    };
    if r == 0 {
        return 0;
    }
    match nix::errno::Errno::last_raw() {
        libc::EAGAIN => 0,
        e => e,
    }
}

/// Wakes up to `n` sleepers on `word`.
pub fn wake(word: &AtomicU32, n: i32) {
    // SAFETY: as in `futex_wait`; waking has no memory effects.
    unsafe {
        libc::syscall(
            libc::SYS_futex,
            word.as_ptr(),
            libc::FUTEX_WAKE,
            n,
            std::ptr::null::<libc::timespec>(),
            std::ptr::null::<u32>(),
            0u32,
        );
    }
}

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
    if futex_wait(word, expected, Some(limit)) == libc::EINTR {
        crate::signals::run_pending(vm)?;
    }
    Ok(deadline.passed())
}
