//! Futex waits and wakes on words in memory shared between processes
//! (no FUTEX_PRIVATE_FLAG: the waiters are in other address spaces).

use nix::errno::Errno;
use nix::libc;
use std::sync::atomic::AtomicU32;
use std::time::Duration;

/// Sleeps while `*word == expected`, at most `timeout`. Returns Ok when
/// woken or when the word had already changed; Err(ETIMEDOUT) or
/// Err(EINTR) (a signal handler ran) otherwise.
pub fn wait(word: &AtomicU32, expected: u32, timeout: Option<Duration>) -> Result<(), Errno> {
    let ts = timeout.map(|d| libc::timespec {
        tv_sec: d.as_secs().min(i64::MAX as u64) as libc::time_t,
        tv_nsec: d.subsec_nanos() as libc::c_long,
    });
    let ts_ptr = ts
        .as_ref()
        .map_or(std::ptr::null(), |t| t as *const libc::timespec);
    // SAFETY: `word` is a live, aligned u32; the kernel only reads it.
    let r = unsafe {
        libc::syscall(
            libc::SYS_futex,
            word.as_ptr(),
            libc::FUTEX_WAIT,
            expected,
            ts_ptr,
        )
    };
    if r == 0 {
        return Ok(());
    }
    match Errno::last() {
        Errno::EAGAIN => Ok(()),
        e => Err(e),
    }
}

/// Wakes up to `n` processes sleeping on `word`.
pub fn wake(word: &AtomicU32, n: i32) {
    // SAFETY: `word` is a live, aligned u32; waking has no memory effects.
    unsafe {
        libc::syscall(libc::SYS_futex, word.as_ptr(), libc::FUTEX_WAKE, n);
    }
}

/// Wakes every process sleeping on `word`.
pub fn wake_all(word: &AtomicU32) {
    wake(word, i32::MAX);
}
