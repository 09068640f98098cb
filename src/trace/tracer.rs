//! The supervising process of `pyproc --trace`: it creates the trace file,
//! makes itself a child subreaper (PR_SET_CHILD_SUBREAPER), forks the
//! program, and reaps. Orphans of the program are re-parented to it, not
//! to init, so their exits, zombie periods and adoption are recorded too.
//! It stops once the program has exited and no child of its own is left
//! in the program's session: a daemon that detached with `setsid` is
//! reported as still running, not waited for (after a grace period that
//! lets a double fork finish). Then it prints the tree on
//! stderr, writes the SVG if asked, and exits as the program did.

use super::record::{Event, parse_all};
use super::{emit, enable};
use nix::libc;
use std::time::Duration;

/// How long only detached children must remain before the tracer stops.
const DETACH_GRACE: Duration = Duration::from_millis(300);

/// What `--trace[=FILE]` and `--trace-svg=FILE` asked for.
#[derive(Debug, Default, Clone)]
pub struct Options {
    pub file: Option<String>,
    pub svg: Option<String>,
    /// `--trace-report=FILE`: draw an existing trace instead of running.
    pub report: Option<String>,
}

/// `pyproc --trace-report=FILE`: the tree (and SVG) of a trace file that
/// may have grown since its tracer printed it, by a daemon for instance.
pub fn report_only(opts: &Options, path: &str) -> i32 {
    if let Err(e) = std::fs::metadata(path) {
        eprintln!("pyproc: cannot read the trace file {path}: {e}");
        return 2;
    }
    report(path, opts);
    0
}

/// Forks the program from the tracer. Returns in the child, which runs
/// the program with tracing on; the tracer never returns.
pub fn start(opts: &Options, program: &str) {
    let (path, temporary) = match &opts.file {
        // Absolute, so an exec'd pyproc finds it after a chdir (daemons
        // chdir to /).
        Some(f) => (
            std::path::absolute(f)
                .map(|p| p.to_string_lossy().into_owned())
                .unwrap_or_else(|_| f.clone()),
            false,
        ),
        None => {
            let dir = std::env::temp_dir();
            let name = format!("pyproc-trace-{}.log", std::process::id());
            (dir.join(name).to_string_lossy().into_owned(), true)
        }
    };
    if let Err(e) = std::fs::write(&path, "").and_then(|_| enable(&path)) {
        eprintln!("pyproc: cannot write the trace file {path}: {e}");
        std::process::exit(2);
    }
    // SAFETY: no other thread exists yet to read the environment.
    unsafe { std::env::set_var(super::ENV, &path) };
    // SAFETY: prctl with an integer option and argument.
    unsafe { libc::prctl(libc::PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) };
    emit(Event::Tracer);
    // SAFETY: single-threaded; the child goes on to run the program.
    match unsafe { nix::unistd::fork() } {
        Ok(nix::unistd::ForkResult::Child) => emit(Event::Start(program.to_string())),
        Ok(nix::unistd::ForkResult::Parent { child }) => {
            supervise(child.as_raw(), &path, temporary, opts)
        }
        Err(e) => {
            eprintln!("pyproc: cannot fork the traced program: {}", e.desc());
            std::process::exit(2);
        }
    }
}

fn supervise(main: i32, path: &str, temporary: bool, opts: &Options) -> ! {
    // Ctrl-C and Ctrl-\ are for the program; the tracer outlives them to
    // report how it ended.
    // SAFETY: setting dispositions to SIG_IGN.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_IGN);
        libc::signal(libc::SIGQUIT, libc::SIG_IGN);
    }
    let status = reap_until_done(main);
    emit(Event::End);
    report(path, opts);
    if temporary {
        let _ = std::fs::remove_file(path);
    }
    exit_like(status)
}

/// Reaps the program and every orphan handed over, until the program has
/// ended and no child is left in its session; returns its wait status.
/// SIGCHLD is blocked and awaited, so a reap follows an exit at once.
fn reap_until_done(main: i32) -> i32 {
    let mut main_status = None;
    let mut detached_since: Option<std::time::Instant> = None;
    let chld = block_sigchld();
    loop {
        let mut status = 0;
        // SAFETY: a valid out-pointer.
        let r = unsafe { libc::waitpid(-1, &mut status, libc::WNOHANG) };
        if r > 0 {
            super::reap(r, status);
            if r == main {
                main_status = Some(status);
            }
            continue;
        }
        if r < 0 && nix::errno::Errno::last() != nix::errno::Errno::EINTR {
            break;
        }
        if main_status.is_some() && !children_in_session() {
            // Only detached children: the middle process of a double fork
            // calls setsid before it forks the daemon and exits; give it
            // time to finish before leaving the daemon alone.
            let since = *detached_since.get_or_insert_with(std::time::Instant::now);
            if since.elapsed() >= DETACH_GRACE {
                break;
            }
        } else {
            detached_since = None;
        }
        wait_sigchld(&chld, Duration::from_millis(50));
    }
    main_status.unwrap_or(0)
}

fn block_sigchld() -> libc::sigset_t {
    // SAFETY: building a signal set in a local and blocking it.
    unsafe {
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, libc::SIGCHLD);
        libc::sigprocmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
        set
    }
}

/// Sleeps until a child changes state or `limit` passes (the limit lets
/// the loop notice a child that left the session by itself).
fn wait_sigchld(set: &libc::sigset_t, limit: Duration) {
    let ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: limit.as_nanos() as libc::c_long,
    };
    // SAFETY: valid set and timespec; the siginfo is not needed.
    unsafe { libc::sigtimedwait(set, std::ptr::null_mut(), &ts) };
}

/// Whether a child of the tracer is still in the tracer's session (a
/// detached daemon is not).
fn children_in_session() -> bool {
    let own = nix::unistd::getsid(None).map(|s| s.as_raw()).unwrap_or(-1);
    children().into_iter().any(|pid| {
        // SAFETY: getsid takes a plain pid.
        let sid = unsafe { libc::getsid(pid) };
        sid == own
    })
}

/// The tracer's children: the kernel's list, or (on kernels built without
/// it) every process in /proc whose parent is the tracer.
fn children() -> Vec<i32> {
    let me = std::process::id();
    if let Ok(text) = std::fs::read_to_string(format!("/proc/{me}/task/{me}/children")) {
        return text
            .split_whitespace()
            .filter_map(|p| p.parse().ok())
            .collect();
    }
    let Ok(dir) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    dir.filter_map(|e| e.ok()?.file_name().to_str()?.parse::<i32>().ok())
        .filter(|pid| parent_of(*pid) == Some(me as i32))
        .collect()
}

/// The ppid field of /proc/PID/stat (after the parenthesized name).
fn parent_of(pid: i32) -> Option<i32> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    stat.rsplit(')')
        .next()?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok()
}

/// Prints the tree on stderr and writes the SVG.
fn report(path: &str, opts: &Options) {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let trace = super::model::Trace::from_records(&parse_all(&text));
    eprint!("{}", super::tree::render(&trace));
    if let Some(svg) = &opts.svg
        && let Err(e) = std::fs::write(svg, super::svg::render(&trace))
    {
        eprintln!("pyproc: cannot write {svg}: {e}");
    }
}

/// Ends the tracer the way the program ended: same exit code, or death by
/// the same signal.
fn exit_like(status: i32) -> ! {
    let sig = status & 0x7f;
    if sig == 0 {
        std::process::exit((status >> 8) & 0xff);
    }
    // SAFETY: restoring the default action, unblocking and raising.
    unsafe {
        libc::signal(sig, libc::SIG_DFL);
        let mut set: libc::sigset_t = std::mem::zeroed();
        libc::sigemptyset(&mut set);
        libc::sigaddset(&mut set, sig);
        libc::sigprocmask(libc::SIG_UNBLOCK, &set, std::ptr::null_mut());
        libc::raise(sig);
    }
    std::process::exit(128 + sig)
}

#[cfg(test)]
mod tests {
    #[test]
    fn parent_of_reads_the_ppid_from_proc() {
        let me = std::process::id() as i32;
        let parent = nix::unistd::getppid().as_raw();
        assert_eq!(super::parent_of(me), Some(parent));
        assert_eq!(super::parent_of(-5), None);
    }
}
