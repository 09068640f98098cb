//! `Popen.wait()`: blocks on a pidfd (so a timeout costs no polling), runs
//! signal handlers when a signal interrupts it (PEP 475), and explains the
//! classic deadlock: a child blocked on a full `PIPE` that nobody reads
//! while its parent waits for it (the article's lesson, snippet 06).

use crate::error::PyResult;
use crate::modules::posix::errno_error;
use crate::vm::Vm;
use nix::errno::Errno;
use nix::libc;
use std::time::{Duration, Instant};

/// How long `wait()` blocks before it looks for a full pipe.
const HINT_AFTER: Duration = Duration::from_secs(1);

/// A pipe from the child that the parent holds the read end of.
pub struct WatchedPipe {
    pub fd: i32,
    pub name: String,
}

/// Waits for `pid` up to `timeout`; returns its raw wait status, or None
/// when the timeout passed first. A child already reaped elsewhere (an
/// `os.wait()` in a SIGCHLD handler, say) counts as exited with status 0,
/// as in CPython.
pub fn wait(
    vm: &mut Vm,
    pid: i32,
    timeout: Option<Duration>,
    pipes: &[WatchedPipe],
) -> PyResult<Option<i32>> {
    let start = Instant::now();
    let deadline = timeout.map(|t| start + t);
    let pidfd = pidfd_open(pid);
    let mut hinted = pipes.is_empty();
    let result = loop {
        if let Some(status) = try_reap(pid)? {
            break Some(status);
        }
        let now = Instant::now();
        if deadline.is_some_and(|d| now >= d) {
            break None;
        }
        if !hinted && now - start >= HINT_AFTER {
            hinted = true;
            hint_if_stuck(vm, pid, pipes);
        }
        let mut slice = deadline.map_or(Duration::from_secs(3600), |d| d - now);
        if !hinted {
            slice = slice.min(HINT_AFTER.saturating_sub(now - start) + Duration::from_millis(1));
        }
        block(vm, pidfd, slice)?;
    };
    if pidfd >= 0 {
        let _ = nix::unistd::close(pidfd);
    }
    Ok(result)
}

/// The status if the child has ended (reaping it), else None.
fn try_reap(pid: i32) -> PyResult<Option<i32>> {
    let mut status = 0;
    loop {
        // SAFETY: a valid out-pointer.
        let r = unsafe { libc::waitpid(pid, &mut status, libc::WNOHANG) };
        return match Errno::result(r) {
            Ok(0) => Ok(None),
            Ok(_) => {
                crate::trace::reap(pid, status);
                Ok(Some(status))
            }
            Err(Errno::EINTR) => continue,
            Err(Errno::ECHILD) => Ok(Some(0)),
            Err(e) => Err(errno_error(e, None)),
        };
    }
}

/// A descriptor that becomes readable when the process ends (-1 on
/// kernels without pidfds: then `block` sleeps in short steps).
fn pidfd_open(pid: i32) -> i32 {
    // SAFETY: the pidfd_open system call takes a pid and flags.
    unsafe { libc::syscall(libc::SYS_pidfd_open, pid, 0) as i32 }
}

/// Sleeps until the child may have ended or `slice` passes; a signal runs
/// its handler (which may raise) and returns early.
fn block(vm: &mut Vm, pidfd: i32, slice: Duration) -> PyResult<()> {
    if pidfd < 0 {
        let step = slice.min(Duration::from_millis(5));
        let ts = libc::timespec {
            tv_sec: 0,
            tv_nsec: step.as_nanos() as libc::c_long,
        };
        // SAFETY: a valid timespec; the remainder is not needed.
        if unsafe { libc::nanosleep(&ts, std::ptr::null_mut()) } < 0 {
            crate::signals::run_pending(vm)?;
        }
        return Ok(());
    }
    let mut fds = [libc::pollfd {
        fd: pidfd,
        events: libc::POLLIN,
        revents: 0,
    }];
    let ms = slice.as_millis().clamp(1, i32::MAX as u128) as i32;
    // SAFETY: one valid pollfd.
    if unsafe { libc::poll(fds.as_mut_ptr(), 1, ms) } < 0 && Errno::last() == Errno::EINTR {
        crate::signals::run_pending(vm)?;
    }
    Ok(())
}

/// Unread bytes in a pipe and its capacity.
fn pipe_fill(fd: i32) -> Option<(usize, usize)> {
    let mut unread: libc::c_int = 0;
    // SAFETY: FIONREAD writes one int.
    if unsafe { libc::ioctl(fd, libc::FIONREAD, &mut unread) } < 0 {
        return None;
    }
    // SAFETY: F_GETPIPE_SZ takes no argument.
    let size = unsafe { libc::fcntl(fd, libc::F_GETPIPE_SZ) };
    (size > 0).then_some((unread.max(0) as usize, size as usize))
}

/// Prints, once, why `wait()` is not returning: the child is still
/// running and one of its pipes is full, so its writer is blocked.
fn hint_if_stuck(vm: &mut Vm, pid: i32, pipes: &[WatchedPipe]) {
    for pipe in pipes {
        let Some((unread, size)) = pipe_fill(pipe.fd) else {
            continue;
        };
        if unread >= size {
            vm.stdout.flush();
            vm.stderr.write_str(&format!(
                "pyproc: wait() has blocked for 1 s on process {pid}, whose {name} pipe is full \
                 ({unread} bytes unread): the child cannot finish writing until the pipe is \
                 read, and nobody reads it while wait() blocks. Use communicate() (or \
                 subprocess.run()) to read the output while waiting.\n",
                name = pipe.name
            ));
            vm.stderr.flush();
            return;
        }
    }
}
