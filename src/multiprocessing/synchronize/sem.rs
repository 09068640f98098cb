//! A counting semaphore in shared memory, the one primitive under every
//! lock: a value word that acquirers decrement with a compare-and-swap
//! (no syscall while it is positive) and sleep on with a futex while it
//! is zero. Locks also record the pid that holds them, so a waiter that
//! finds the holder dead takes the lock over instead of waiting forever.

use super::futex::{self, Deadline};
use crate::error::{PyResult, value_error};
use crate::multiprocessing::shm::SharedRegion;
use crate::vm::Vm;
use std::sync::atomic::{AtomicI32, AtomicU32, Ordering::Relaxed, Ordering::SeqCst};

/// Looks at a taken value before sleeping on it (see `Sem::spin`).
const SPINS: u32 = 2000;

#[repr(C)]
struct Words {
    value: AtomicU32,
    /// Processes asleep on `value`: a release only makes a syscall when
    /// someone sleeps.
    sleepers: AtomicU32,
    /// The pid holding a lock (0: none or unknown); unused by semaphores.
    holder: AtomicI32,
}

pub struct Sem {
    region: SharedRegion,
    /// Whether a dead holder's hold is taken over (locks, not semaphores).
    robust: bool,
}

impl Sem {
    pub fn new(value: u32, robust: bool) -> PyResult<Sem> {
        let region = SharedRegion::new(std::mem::size_of::<Words>())?;
        let sem = Sem { region, robust };
        sem.words().value.store(value, SeqCst);
        Ok(sem)
    }

    fn words(&self) -> &Words {
        // SAFETY: the region is page-aligned, zero-initialised, at least
        // as large as `Words`, and lives as long as `self`; all fields
        // are atomics, so shared access from other processes is sound.
        unsafe { &*(self.region.as_ptr() as *const Words) }
    }

    pub fn value(&self) -> u32 {
        self.words().value.load(SeqCst)
    }

    /// One attempt without sleeping.
    #[inline]
    pub fn try_acquire(&self) -> bool {
        let w = self.words();
        let mut v = w.value.load(SeqCst);
        while v > 0 {
            match w.value.compare_exchange_weak(v, v - 1, SeqCst, SeqCst) {
                Ok(_) => {
                    if self.robust {
                        w.holder.store(my_pid(), SeqCst);
                    }
                    return true;
                }
                Err(now) => v = now,
            }
        }
        false
    }

    /// Acquires, sleeping until the deadline. Returns whether it did.
    pub fn acquire(&self, vm: &mut Vm, deadline: Deadline) -> PyResult<bool> {
        loop {
            if self.try_acquire() || self.take_over_from_dead() {
                return Ok(true);
            }
            if deadline.passed() {
                return Ok(false);
            }
            if self.spin() {
                continue;
            }
            let w = self.words();
            w.sleepers.fetch_add(1, SeqCst);
            let r = futex::sleep(vm, &w.value, 0, deadline);
            w.sleepers.fetch_sub(1, SeqCst);
            r?;
        }
    }

    /// Holders keep locks briefly: watching the value for a moment is far
    /// cheaper than a sleep and a wake-up in the kernel. Returns whether
    /// the value became positive.
    fn spin(&self) -> bool {
        let w = self.words();
        for _ in 0..SPINS {
            if w.value.load(Relaxed) > 0 {
                return true;
            }
            std::hint::spin_loop();
        }
        false
    }

    /// A lock whose holder died (SIGKILL, `os._exit` while holding) passes
    /// to the caller: the hold moves by swapping the dead pid for ours.
    fn take_over_from_dead(&self) -> bool {
        if !self.robust {
            return false;
        }
        let w = self.words();
        let holder = w.holder.load(SeqCst);
        if holder == 0 || w.value.load(SeqCst) != 0 || process_alive(holder) {
            return false;
        }
        let me = my_pid();
        w.holder
            .compare_exchange(holder, me, SeqCst, SeqCst)
            .is_ok()
    }

    /// Adds one, refusing to go past `max`.
    pub fn release(&self, max: u32) -> PyResult<()> {
        let w = self.words();
        if self.robust {
            w.holder.store(0, SeqCst);
        }
        let mut v = w.value.load(SeqCst);
        loop {
            if v >= max {
                return Err(value_error("semaphore or lock released too many times"));
            }
            match w.value.compare_exchange_weak(v, v + 1, SeqCst, SeqCst) {
                Ok(_) => break,
                Err(now) => v = now,
            }
        }
        if w.sleepers.load(SeqCst) > 0 {
            futex::wake(&w.value, 1);
        }
        Ok(())
    }
}

/// This process's pid without a syscall per lock operation (glibc no
/// longer caches getpid): cached, and forgotten in children at fork.
fn my_pid() -> i32 {
    static PID: AtomicI32 = AtomicI32::new(0);
    static HOOK: std::sync::Once = std::sync::Once::new();
    extern "C" fn forget() {
        PID.store(0, SeqCst);
    }
    let pid = PID.load(SeqCst);
    if pid != 0 {
        return pid;
    }
    // SAFETY: registers a handler that only stores to an atomic.
    HOOK.call_once(|| unsafe {
        nix::libc::pthread_atfork(None, None, Some(forget));
    });
    let pid = std::process::id() as i32;
    PID.store(pid, SeqCst);
    pid
}

/// Whether `pid` still runs (a zombie counts as dead: it holds nothing).
fn process_alive(pid: i32) -> bool {
    // SAFETY: signal 0 only checks for existence and permission.
    let r = unsafe { nix::libc::kill(pid, 0) };
    if r != 0 {
        return nix::errno::Errno::last() != nix::errno::Errno::ESRCH;
    }
    !is_zombie(pid)
}

fn is_zombie(pid: i32) -> bool {
    let Ok(stat) = std::fs::read_to_string(format!("/proc/{pid}/stat")) else {
        return false;
    };
    // The state follows the parenthesised command name.
    stat.rsplit_once(')')
        .is_some_and(|(_, rest)| rest.trim_start().starts_with('Z'))
}
