//! Blocking on a queue condition: try under the lock, spin a little
//! without it (the other side is usually about to act), then sleep on the
//! condition's futex. Signals run their handlers (which may raise) and
//! the wait resumes with what is left of the timeout (PEP 475).

use super::ring::{Event, Guard, Ring};
use crate::error::PyResult;
use crate::vm::Vm;
use std::sync::atomic::Ordering;
use std::time::Instant;

/// Spin iterations before sleeping (each a CPU pause, about 10-40 ns).
pub const SPINS: u32 = 2000;

/// How long to wait: not at all, until a deadline, or for ever.
#[derive(Clone, Copy)]
pub enum Until {
    Now,
    Deadline(Instant),
    Forever,
}

/// Runs `attempt` under the lock until it yields a value, sleeping on
/// `event` in between; None when the time is up. `ready` is a lock-free
/// guess that `attempt` would succeed, used while spinning.
pub fn until<T>(
    vm: &mut Vm,
    ring: &Ring,
    event: fn(&Ring) -> &Event,
    until: Until,
    ready: impl Fn(&Ring) -> bool,
    mut attempt: impl FnMut(&Guard) -> PyResult<Option<T>>,
) -> PyResult<Option<T>> {
    let mut sleeping = false;
    let mut spun = false;
    loop {
        let guard = ring.lock()?;
        let ev = event(ring);
        if sleeping {
            ev.sleepers.fetch_sub(1, Ordering::Relaxed);
            sleeping = false;
        }
        if let Some(v) = attempt(&guard)? {
            return Ok(Some(v));
        }
        let timeout = match until {
            Until::Now => return Ok(None),
            Until::Forever => None,
            Until::Deadline(d) => match d.checked_duration_since(Instant::now()) {
                Some(left) if !left.is_zero() => Some(left),
                _ => return Ok(None),
            },
        };
        if !spun {
            spun = true;
            drop(guard);
            spin(ring, &ready);
            continue;
        }
        let seq = ev.seq.load(Ordering::Acquire);
        ev.sleepers.fetch_add(1, Ordering::Relaxed);
        sleeping = true;
        drop(guard);
        if let Err(nix::errno::Errno::EINTR) =
            crate::multiprocessing::futex::wait(&ev.seq, seq, timeout)
            && let Err(e) = crate::signals::run_pending(vm)
        {
            let _g = ring.lock()?;
            ev.sleepers.fetch_sub(1, Ordering::Relaxed);
            return Err(e);
        }
    }
}

fn spin(ring: &Ring, ready: &impl Fn(&Ring) -> bool) {
    for _ in 0..SPINS {
        if ready(ring) {
            return;
        }
        std::hint::spin_loop();
    }
}

/// Wakes the sleepers of `event`, if any (called with the lock held).
pub fn notify(event: &Event) {
    if event.sleepers.load(Ordering::Relaxed) > 0 {
        event.seq.fetch_add(1, Ordering::Release);
        crate::multiprocessing::futex::wake_all(&event.seq);
    }
}
