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
    let (status, reaped_zombies) = wait_for(main_pid);
    // The script's unreaped children are re-parented to us by now; the
    // ones already dead are the zombies it left.
    let zombies = reaped_zombies
        + children()
            .iter()
            .filter(|&&p| state_of(p) == Some('Z'))
            .count();
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
/// many of the processes reaped were zombies it left behind: dead children
/// re-parented to us once the script itself had died.
fn wait_for(main: Pid) -> (i32, usize) {
    let mut zombies = 0;
    loop {
        match waitpid(Pid::from_raw(-1), None) {
            Ok(WaitStatus::Exited(pid, code)) if pid == main => return (code, zombies),
            Ok(WaitStatus::Signaled(pid, sig, _)) if pid == main => {
                return (128 + sig as i32, zombies);
            }
            Ok(_) => {
                if state_of(main) == Some('Z') {
                    zombies += 1;
                }
            }
            Err(nix::errno::Errno::EINTR) => continue,
            Err(_) => return (-1, zombies),
        }
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
