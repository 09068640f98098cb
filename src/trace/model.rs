//! The processes a trace describes: who forked whom, what each ran, how
//! it ended, who reaped it and when, built from the records in time order.

use super::record::{Event, Record};
use std::collections::BTreeMap;

/// Something that happened inside a process's lifetime, drawn on its lane.
#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    Fork(i32),
    Exec(String),
    ExecFailed(i32),
    Setsid,
    Setpgid(i32, i32),
    /// Signal `sig` sent to `target`.
    Sent(i32, i32),
    /// Signal `sig` sent here by `sender`.
    Received(i32, i32),
    /// The Python handler of `sig` ran.
    Handled(i32),
    Role(String),
}

/// How a process ended, as its reaper's wait status (or its own exit
/// record when nobody traced reaped it) tells.
#[derive(Debug, Clone, PartialEq)]
pub enum Fate {
    Exited(i32),
    Killed(i32, bool),
    Running,
}

#[derive(Debug, Clone, Default)]
pub struct Proc {
    pub pid: i32,
    /// The process that forked it (None for the traced program itself).
    pub parent: Option<i32>,
    pub role: Option<String>,
    /// The script or the last program exec'd.
    pub program: Option<String>,
    pub start: u64,
    pub marks: Vec<(u64, Mark)>,
    /// Its own exit record: time, status, reason.
    pub exit: Option<(u64, i32, String)>,
    /// Reap: time, reaper, raw wait status.
    pub reap: Option<(u64, i32, i32)>,
    /// Orphaned when its parent ended first: the time, and the adopter
    /// when the trace shows it (its reaper or a later record's ppid).
    pub orphaned: Option<(u64, Option<i32>)>,
    /// Adopted again when its adopter, the tracer, ended first: the time
    /// and the new parent its later records show.
    pub readopted: Option<(u64, i32)>,
    /// The traced program's first process.
    pub main: bool,
    pub session_leader: bool,
    /// The grandchild of a double fork whose middle process called setsid
    /// and exited: detached from the terminal and from its starter.
    pub daemon: bool,
    pub children: Vec<i32>,
    /// Parent pids seen in its own records, in order.
    seen_ppids: Vec<(u64, i32)>,
}

impl Proc {
    /// When it stopped running, if the trace knows.
    pub fn end(&self) -> Option<u64> {
        self.exit.as_ref().map(|e| e.0).or(self.reap.map(|r| r.0))
    }

    pub fn fate(&self) -> Fate {
        if let Some((_, _, status)) = self.reap {
            if libc_wifsignaled(status) {
                return Fate::Killed(status & 0x7f, status & 0x80 != 0);
            }
            return Fate::Exited((status >> 8) & 0xff);
        }
        match &self.exit {
            Some((_, status, _)) => Fate::Exited(*status),
            None => Fate::Running,
        }
    }

    /// Exit to reap: how long it stayed a zombie, when both are known.
    pub fn zombie(&self) -> Option<(u64, u64)> {
        match (&self.exit, self.reap) {
            (Some((e, ..)), Some((r, ..))) if r >= *e => Some((*e, r)),
            _ => None,
        }
    }
}

fn libc_wifsignaled(status: i32) -> bool {
    let sig = status & 0x7f;
    sig != 0 && sig != 0x7f
}

/// A whole trace, times relative to the tracer's start.
#[derive(Debug, Default)]
pub struct Trace {
    pub tracer: Option<i32>,
    pub procs: BTreeMap<i32, Proc>,
    /// The traced program's processes with no traced parent.
    pub roots: Vec<i32>,
    pub duration: u64,
    /// When the tracer stopped watching (its `end` record).
    pub ended: Option<u64>,
}

impl Trace {
    pub fn from_records(records: &[Record]) -> Trace {
        let mut t = Trace::default();
        let t0 = records.first().map_or(0, |r| r.nanos);
        for r in records {
            t.apply(r, r.nanos - t0);
        }
        t.duration = records.last().map_or(0, |r| r.nanos - t0);
        t.finish();
        t
    }

    /// Processes in tree order: each root, then its children depth first.
    pub fn ordered(&self) -> Vec<(usize, &Proc)> {
        let mut out = Vec::new();
        for &root in &self.roots {
            self.walk(root, 0, &mut out);
        }
        out
    }

    fn walk<'a>(&'a self, pid: i32, depth: usize, out: &mut Vec<(usize, &'a Proc)>) {
        let Some(p) = self.procs.get(&pid) else {
            return;
        };
        out.push((depth, p));
        for &c in &p.children {
            self.walk(c, depth + 1, out);
        }
    }

    fn proc(&mut self, pid: i32, at: u64) -> &mut Proc {
        self.procs.entry(pid).or_insert_with(|| Proc {
            pid,
            start: at,
            ..Proc::default()
        })
    }

    /// A process that forked `child` at `at`.
    fn born(&mut self, parent: i32, child: i32, at: u64) {
        let c = self.proc(child, at);
        c.parent = Some(parent);
        c.start = c.start.min(at);
        self.proc(parent, at).marks.push((at, Mark::Fork(child)));
    }

    fn apply(&mut self, r: &Record, at: u64) {
        if r.event == Event::Tracer {
            self.tracer = Some(r.pid);
            return;
        }
        if r.event == Event::End {
            self.ended = Some(at);
            return;
        }
        if Some(r.pid) != self.tracer {
            let p = self.proc(r.pid, at);
            p.seen_ppids.push((at, r.ppid));
            if p.parent.is_none() && !p.main && !matches!(r.event, Event::Start(_)) {
                p.parent = Some(r.ppid);
            }
        }
        match &r.event {
            Event::Tracer | Event::End => {}
            Event::Start(script) => {
                let p = self.proc(r.pid, at);
                p.parent = None;
                p.main = true;
                p.program = Some(script.clone());
                p.role.get_or_insert_with(|| "main".to_string());
            }
            Event::Fork(child) => self.born(r.pid, *child, at),
            Event::Spawn(child, path) => {
                self.born(r.pid, *child, at);
                let c = self.proc(*child, at);
                c.program = Some(path.clone());
                c.marks.push((at, Mark::Exec(path.clone())));
            }
            Event::Exec(path) => {
                let p = self.proc(r.pid, at);
                p.program = Some(path.clone());
                p.marks.push((at, Mark::Exec(path.clone())));
            }
            Event::ExecFailed(e) => self.proc(r.pid, at).marks.push((at, Mark::ExecFailed(*e))),
            Event::Exit(status, why) => {
                self.proc(r.pid, at).exit = Some((at, *status, why.clone()))
            }
            Event::Reap(pid, status) => self.proc(*pid, at).reap = Some((at, r.pid, *status)),
            Event::Setsid => {
                let p = self.proc(r.pid, at);
                p.session_leader = true;
                p.marks.push((at, Mark::Setsid));
            }
            Event::Setpgid(pid, pgid) => {
                let p = self.proc(r.pid, at);
                p.marks.push((at, Mark::Setpgid(*pid, *pgid)));
            }
            Event::Kill(target, sig) => {
                self.proc(r.pid, at)
                    .marks
                    .push((at, Mark::Sent(*target, *sig)));
                if let Some(t) = self.procs.get_mut(target) {
                    t.marks.push((at, Mark::Received(r.pid, *sig)));
                }
            }
            Event::Signal(sig) => self.proc(r.pid, at).marks.push((at, Mark::Handled(*sig))),
            Event::Role(pid, name) => {
                let p = self.proc(*pid, at);
                p.role = Some(name.clone());
                p.marks.push((at, Mark::Role(name.clone())));
            }
        }
    }

    /// Links children, finds roots, orphans and daemons.
    fn finish(&mut self) {
        let pids: Vec<i32> = self.procs.keys().copied().collect();
        for &pid in &pids {
            let parent = self.procs[&pid].parent;
            match parent.filter(|pp| self.procs.contains_key(pp)) {
                Some(pp) => self.procs.get_mut(&pp).unwrap().children.push(pid),
                None => self.roots.push(pid),
            }
        }
        let starts: BTreeMap<i32, u64> = self.procs.iter().map(|(k, p)| (*k, p.start)).collect();
        for p in self.procs.values_mut() {
            p.children.sort_by_key(|c| (starts[c], *c));
        }
        self.roots.sort_by_key(|c| (starts[c], *c));
        for &pid in &pids {
            self.find_orphaning(pid);
        }
    }

    fn find_orphaning(&mut self, pid: i32) {
        let p = &self.procs[&pid];
        let Some(parent) = p.parent.and_then(|pp| self.procs.get(&pp)) else {
            return;
        };
        let Some(parent_end) = parent.end() else {
            return;
        };
        if p.end().is_some_and(|e| e <= parent_end) {
            return;
        }
        let original = parent.pid;
        let daemon = parent.session_leader && !p.session_leader;
        let reaper = p.reap.map(|r| r.1).filter(|&r| r != original);
        let seen = p
            .seen_ppids
            .iter()
            .find(|&&(t, pp)| t >= parent_end && pp != original)
            .map(|&(_, pp)| pp);
        // While the tracer runs, it is the subreaper every orphan goes to.
        let tracer = self
            .tracer
            .filter(|_| self.ended.is_none_or(|end| parent_end <= end));
        let readopted = match (tracer, self.ended) {
            (Some(t), Some(end)) => p
                .seen_ppids
                .iter()
                .find(|&&(at, pp)| at >= end && pp != t)
                .map(|&(_, pp)| (end, pp)),
            _ => None,
        };
        let p = self.procs.get_mut(&pid).unwrap();
        p.orphaned = Some((parent_end, reaper.or(tracer).or(seen)));
        p.readopted = readopted;
        p.daemon = daemon;
    }
}
