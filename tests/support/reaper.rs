//! The golden harness runs every script under a small reaper: the test
//! binary itself, started as `golden --reaper REPORT MILLIS -- PROGRAM ARGS`.
//! It makes itself a child subreaper, so every process the script leaves
//! behind (an orphan, a daemon that escaped with `setsid`, a zombie the
//! script never waited for) is re-parented to it instead of to init. Once
//! the script exits, the reaper counts what was left, waits for live
//! leftovers until the deadline, kills the rest, and writes a report the
//! harness checks: a test must not leave a child running or unreaped.

use nix::sys::signal::{Signal, kill};
use nix::sys::wait::{WaitPidFlag, WaitStatus, waitpid};
use nix::unistd::Pid;
use std::collections::HashSet;
use std::process::Command;
use std::time::{Duration, Instant};

/// What the reaper saw, written as `key=value` lines.
#[derive(Debug, Default, PartialEq)]
pub struct Report {
    /// The script's exit code, or 128+N after death by signal N.
    pub status: i32,
    /// Children the script had not reaped when it exited.
    pub zombies: usize,
    /// Descendants still running when the deadline passed (then killed).
    pub leftover: usize,
}

impl Report {
    pub fn parse(text: &str) -> Option<Report> {
        let mut r = Report::default();
        let mut saw_status = false;
        for line in text.lines() {
            let (k, v) = line.split_once('=')?;
            match k {
                "status" => {
                    r.status = v.parse().ok()?;
                    saw_status = true;
                }
                "zombies" => r.zombies = v.parse().ok()?,
                "leftover" => r.leftover = v.parse().ok()?,
                _ => {}
            }
        }
        saw_status.then_some(r)
    }

    fn render(&self) -> String {
        format!(
            "status={}\nzombies={}\nleftover={}\n",
            self.status, self.zombies, self.leftover
        )
    }
}

/// `golden --reaper REPORT MILLIS -- PROGRAM ARGS...`; never returns.
pub fn main(args: &[String]) -> ! {
    let (report_path, millis, command) = match args {
        [report, millis, dashes, command @ ..] if dashes == "--" && !command.is_empty() => {
            (report, millis.parse::<u64>().unwrap_or(30_000), command)
        }
        _ => {
            eprintln!("usage: golden --reaper REPORT MILLIS -- PROGRAM ARGS...");
            std::process::exit(2);
        }
    };
    let deadline = Instant::now() + Duration::from_millis(millis);
    if let Err(e) = nix::sys::prctl::set_child_subreaper(true) {
        eprintln!("reaper: cannot become a subreaper: {e}");
        std::process::exit(2);
    }
    let child = match Command::new(&command[0]).args(&command[1..]).spawn() {
        Ok(c) => c,
        Err(e) => {
            eprintln!("reaper: cannot start {:?}: {e}", command[0]);
            std::process::exit(2);
        }
    };
    let main_pid = Pid::from_raw(child.id() as i32);
    let (status, zombies) = wait_for(main_pid);
    let leftover = reap_until(deadline);
    let report = Report {
        status,
        zombies,
        leftover,
    };
    if let Err(e) = std::fs::write(report_path, report.render()) {
        eprintln!("reaper: cannot write {report_path}: {e}");
        std::process::exit(2);
    }
    std::process::exit(0)
}

/// Waits for the script, reaping on the way the orphans adopted while it
/// runs (a daemon's intermediate parent, say). Returns its status and how
/// many zombies it left: children that were dead but unreaped when it died
/// (re-parented to us then), told apart from earlier adoptees by polling
/// our list of children while the script runs.
fn wait_for(main: Pid) -> (i32, usize) {
    let mut adopted: HashSet<Pid> = HashSet::new();
    loop {
        let status = match waitpid(main, Some(WaitPidFlag::WNOHANG)) {
            Ok(WaitStatus::Exited(_, code)) => Some(code),
            Ok(WaitStatus::Signaled(_, sig, _)) => Some(128 + sig as i32),
            Ok(_) | Err(nix::errno::Errno::EINTR) => None,
            Err(_) => Some(-1),
        };
        if let Some(status) = status {
            let zombies = children()
                .into_iter()
                .filter(|p| !adopted.contains(p) && state_of(*p) == Some('Z'))
                .count();
            return (status, zombies);
        }
        for pid in children() {
            if pid == main {
                continue;
            }
            adopted.insert(pid);
            if state_of(pid) == Some('Z') {
                let _ = waitpid(pid, None);
            }
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Reaps every descendant that ends before the deadline; kills and reaps
/// the rest. Returns how many had to be killed.
fn reap_until(deadline: Instant) -> usize {
    let mut killed = 0;
    loop {
        match waitpid(Pid::from_raw(-1), Some(WaitPidFlag::WNOHANG)) {
            Ok(WaitStatus::StillAlive) => {
                if Instant::now() >= deadline {
                    for pid in children() {
                        if state_of(pid) != Some('Z') {
                            killed += 1;
                            let _ = kill(pid, Signal::SIGKILL);
                        }
                    }
                }
                std::thread::sleep(Duration::from_millis(5));
            }
            Ok(_) => {}
            Err(nix::errno::Errno::EINTR) => {}
            // ECHILD: nothing left.
            Err(_) => return killed,
        }
    }
}

/// Our children, from /proc.
fn children() -> Vec<Pid> {
    let me = std::process::id();
    let path = format!("/proc/{me}/task/{me}/children");
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .split_whitespace()
        .filter_map(|p| p.parse().ok())
        .map(Pid::from_raw)
        .collect()
}

/// The one-letter state of a process (`Z` for a zombie).
fn state_of(pid: Pid) -> Option<char> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name is in parentheses and may itself hold ") ".
    let after = &stat[stat.rfind(')')? + 1..];
    after.trim_start().chars().next()
}
