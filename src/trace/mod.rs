//! `pyproc --trace`: a record of every process event of a program and its
//! descendants (fork, exec, exit, reap, signals, sessions, roles), and
//! the tree and timeline drawn from it at the end.
//!
//! Every traced process appends records to one file opened with
//! `O_APPEND`, one `write(2)` per record, so records of concurrent
//! processes never interleave. Forked children inherit the open file and
//! the switch; an exec'd pyproc finds the file again through
//! `PYPROC_TRACE`. When tracing is off, each hook costs one load of a
//! flag.

pub mod model;
pub mod record;
pub mod svg;
pub mod tracer;
pub mod tree;

use nix::libc;
use record::{Event, Record};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};

/// The environment variable that names the trace file for exec'd images.
pub const ENV: &str = "PYPROC_TRACE";

static ON: AtomicBool = AtomicBool::new(false);
static FD: AtomicI32 = AtomicI32::new(-1);
/// Why the process is about to exit (the uncaught exception's class),
/// recorded with the exit status.
static EXIT_REASON: Mutex<String> = Mutex::new(String::new());

/// Whether this process records events.
#[inline]
pub fn enabled() -> bool {
    ON.load(Ordering::Relaxed)
}

/// Opens the trace file for appending and starts recording.
pub fn enable(path: &str) -> std::io::Result<()> {
    use std::os::unix::fs::OpenOptionsExt;
    let file = std::fs::OpenOptions::new()
        .append(true)
        .create(true)
        .custom_flags(libc::O_CLOEXEC)
        .open(path)?;
    let fd = std::os::fd::IntoRawFd::into_raw_fd(file);
    FD.store(out_of_the_way(fd), Ordering::SeqCst);
    ON.store(true, Ordering::SeqCst);
    Ok(())
}

/// Moves the descriptor high up, where a program that closes and reopens
/// low descriptors will not reuse its number and write into the trace.
fn out_of_the_way(fd: i32) -> i32 {
    // SAFETY: duplicating and closing a descriptor this module owns.
    unsafe {
        let high = libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, HIGH_FD);
        if high < 0 {
            return fd;
        }
        libc::close(fd);
        high
    }
}

/// Where the trace descriptor goes (under the usual limit of 1024).
const HIGH_FD: i32 = 900;

/// Continues a trace started by an ancestor, when this pyproc image was
/// exec'd by a traced process.
pub fn resume_from_env() {
    if let Ok(path) = std::env::var(ENV)
        && !path.is_empty()
    {
        let _ = enable(&path);
    }
}

/// CLOCK_MONOTONIC in nanoseconds.
pub fn now_nanos() -> u64 {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: a valid out-pointer.
    unsafe { libc::clock_gettime(libc::CLOCK_MONOTONIC, &mut ts) };
    ts.tv_sec as u64 * 1_000_000_000 + ts.tv_nsec as u64
}

/// Appends one record in a single write, so it lands whole.
pub fn emit(event: Event) {
    if !enabled() {
        return;
    }
    let record = Record {
        nanos: now_nanos(),
        pid: nix::unistd::getpid().as_raw(),
        ppid: nix::unistd::getppid().as_raw(),
        event,
    };
    let line = record.to_line();
    let fd = FD.load(Ordering::Relaxed);
    // SAFETY: writing a valid buffer to a descriptor this module owns.
    unsafe { libc::write(fd, line.as_ptr().cast(), line.len()) };
}

/// Remembers why the process exits, for the exit record.
pub fn set_exit_reason(reason: &str) {
    if enabled()
        && let Ok(mut r) = EXIT_REASON.lock()
    {
        *r = reason.to_string();
    }
}

/// Records the process's exit with `status`.
pub fn exit(status: i32) {
    if enabled() {
        let reason = EXIT_REASON.lock().map(|r| r.clone()).unwrap_or_default();
        emit(Event::Exit(status, reason));
    }
}

/// Records a reap when `wait*` returned a child.
pub fn reap(pid: i32, status: i32) {
    if enabled() && pid > 0 {
        emit(Event::Reap(pid, status));
    }
}

/// Records a fork in the parent.
pub fn fork(child: i32) {
    if enabled() {
        emit(Event::Fork(child));
    }
}

/// Records the role of process `pid` (`_trace.role`).
pub fn role(pid: i32, name: &str) {
    if enabled() {
        emit(Event::Role(pid, name.to_string()));
    }
}

/// Records a signal sent with kill/killpg (not the probe signal 0).
pub fn kill(target: i32, sig: i32) {
    if enabled() && sig != 0 {
        emit(Event::Kill(target, sig));
    }
}
