//! A process-shared robust pthread mutex living in shared memory: when
//! its owner dies holding it, the next locker is told so (EOWNERDEAD) and
//! gets the chance to repair the data before marking it consistent.

use crate::error::PyResult;
use nix::libc;

/// Initialises the mutex at `m` (zeroed shared memory, not yet in use).
///
/// # Safety
/// `m` must point to writable memory for a `pthread_mutex_t` that no
/// other process uses yet.
pub unsafe fn init(m: *mut libc::pthread_mutex_t) -> PyResult<()> {
    // SAFETY: attr lives on this stack frame and is destroyed before
    // returning; `m` is valid as the caller promises.
    unsafe {
        let mut attr = std::mem::MaybeUninit::<libc::pthread_mutexattr_t>::uninit();
        check(libc::pthread_mutexattr_init(attr.as_mut_ptr()))?;
        let a = attr.as_mut_ptr();
        let r = check(libc::pthread_mutexattr_setpshared(
            a,
            libc::PTHREAD_PROCESS_SHARED,
        ))
        .and_then(|_| {
            check(libc::pthread_mutexattr_setrobust(
                a,
                libc::PTHREAD_MUTEX_ROBUST,
            ))
        })
        .and_then(|_| check(libc::pthread_mutex_init(m, a)));
        libc::pthread_mutexattr_destroy(a);
        r
    }
}

/// What `lock` found.
pub enum Locked {
    Clean,
    /// The previous owner died holding the mutex: repair, then call
    /// `consistent`.
    OwnerDied,
}

/// Locks the mutex.
///
/// # Safety
/// `m` must be a mutex made by `init` in live shared memory.
pub unsafe fn lock(m: *mut libc::pthread_mutex_t) -> PyResult<Locked> {
    // SAFETY: as the caller promises.
    match unsafe { libc::pthread_mutex_lock(m) } {
        0 => Ok(Locked::Clean),
        libc::EOWNERDEAD => Ok(Locked::OwnerDied),
        e => Err(crate::modules::os_error(e, None)),
    }
}

/// Marks the state protected by a mutex taken with `OwnerDied` repaired.
///
/// # Safety
/// The caller holds `m`.
pub unsafe fn consistent(m: *mut libc::pthread_mutex_t) {
    // SAFETY: as the caller promises.
    unsafe {
        libc::pthread_mutex_consistent(m);
    }
}

/// # Safety
/// The caller holds `m`.
pub unsafe fn unlock(m: *mut libc::pthread_mutex_t) {
    // SAFETY: as the caller promises.
    unsafe {
        libc::pthread_mutex_unlock(m);
    }
}

fn check(r: libc::c_int) -> PyResult<()> {
    if r == 0 {
        Ok(())
    } else {
        Err(crate::modules::os_error(r, None))
    }
}
