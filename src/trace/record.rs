//! One line of the trace file: what happened, when, and in which process.
//!
//! `NANOS PID PPID KIND ARGS...`: the writer's pid and parent pid at the
//! moment of the event, CLOCK_MONOTONIC nanoseconds (one clock for every
//! process on the machine, so records of different processes order
//! correctly). Text arguments are percent-escaped so that a record stays
//! one line of space-separated words.

/// What a record says happened.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The supervising tracer (the subreaper) started.
    Tracer,
    /// The traced program started running `script`.
    Start(String),
    /// The writer forked `child`.
    Fork(i32),
    /// The writer started `child` with posix_spawn: fork and exec of `path`.
    Spawn(i32, String),
    /// The writer is about to replace its image with `path`.
    Exec(String),
    /// The writer's exec failed with errno.
    ExecFailed(i32),
    /// The writer is exiting with a status, and why (`SystemExit`, ...).
    Exit(i32, String),
    /// The writer reaped `pid`, whose raw wait status was `status`.
    Reap(i32, i32),
    /// The writer became the leader of a new session.
    Setsid,
    /// The writer moved `pid` into process group `pgid`.
    Setpgid(i32, i32),
    /// The writer sent signal `sig` to `target` (kill's pid argument).
    Kill(i32, i32),
    /// The writer ran its Python handler for signal `sig`.
    Signal(i32),
    /// Process `pid` (the writer or a child it started) serves as a role
    /// (`pool worker`, `manager`, `Process-1`).
    Role(i32, String),
    /// The tracer stopped watching.
    End,
}

/// A record: an event with its time and writer.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    pub nanos: u64,
    pub pid: i32,
    pub ppid: i32,
    pub event: Event,
}

impl Record {
    /// The record as one line, newline included.
    pub fn to_line(&self) -> String {
        let (kind, args): (&str, Vec<String>) = match &self.event {
            Event::Tracer => ("tracer", vec![]),
            Event::Start(s) => ("start", vec![escape(s)]),
            Event::Fork(c) => ("fork", vec![c.to_string()]),
            Event::Spawn(c, p) => ("spawn", vec![c.to_string(), escape(p)]),
            Event::Exec(p) => ("exec", vec![escape(p)]),
            Event::ExecFailed(e) => ("execfail", vec![e.to_string()]),
            Event::Exit(s, why) => ("exit", vec![s.to_string(), escape(why)]),
            Event::Reap(p, s) => ("reap", vec![p.to_string(), s.to_string()]),
            Event::Setsid => ("setsid", vec![]),
            Event::Setpgid(p, g) => ("setpgid", vec![p.to_string(), g.to_string()]),
            Event::Kill(t, s) => ("kill", vec![t.to_string(), s.to_string()]),
            Event::Signal(s) => ("signal", vec![s.to_string()]),
            Event::Role(p, r) => ("role", vec![p.to_string(), escape(r)]),
            Event::End => ("end", vec![]),
        };
        let mut line = format!("{} {} {} {}", self.nanos, self.pid, self.ppid, kind);
        for a in args {
            line.push(' ');
            line.push_str(&a);
        }
        line.push('\n');
        line
    }

    /// Parses a line written by `to_line`; None for anything else (a torn
    /// or foreign line is skipped, not fatal).
    pub fn parse(line: &str) -> Option<Record> {
        let mut words = line.split(' ');
        let nanos = words.next()?.parse().ok()?;
        let pid = words.next()?.parse().ok()?;
        let ppid = words.next()?.parse().ok()?;
        let kind = words.next()?;
        let args: Vec<&str> = words.collect();
        let int = |i: usize| args.get(i).and_then(|a| a.parse::<i32>().ok());
        let text = |i: usize| args.get(i).map(|a| unescape(a));
        let event = match kind {
            "tracer" => Event::Tracer,
            "start" => Event::Start(text(0)?),
            "fork" => Event::Fork(int(0)?),
            "spawn" => Event::Spawn(int(0)?, text(1)?),
            "exec" => Event::Exec(text(0)?),
            "execfail" => Event::ExecFailed(int(0)?),
            "exit" => Event::Exit(int(0)?, text(1).unwrap_or_default()),
            "reap" => Event::Reap(int(0)?, int(1)?),
            "setsid" => Event::Setsid,
            "setpgid" => Event::Setpgid(int(0)?, int(1)?),
            "kill" => Event::Kill(int(0)?, int(1)?),
            "signal" => Event::Signal(int(0)?),
            "role" => Event::Role(int(0)?, text(1)?),
            "end" => Event::End,
            _ => return None,
        };
        Some(Record {
            nanos,
            pid,
            ppid,
            event,
        })
    }
}

/// Percent-escapes the bytes that would break a record's line format.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '%' | ' ' | '\n' | '\r' | '\t' => out.push_str(&format!("%{:02X}", c as u32)),
            c => out.push(c),
        }
    }
    if out.is_empty() {
        out.push_str("%00");
    }
    out
}

fn unescape(s: &str) -> String {
    if s == "%00" {
        return String::new();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('%') {
        out.push_str(&rest[..i]);
        let code = rest
            .get(i + 1..i + 3)
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match code {
            Some(b) => {
                out.push(b as char);
                rest = &rest[i + 3..];
            }
            None => {
                out.push('%');
                rest = &rest[i + 1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Reads every well-formed record of a trace file's text, in time order.
pub fn parse_all(text: &str) -> Vec<Record> {
    let mut records: Vec<Record> = text.lines().filter_map(Record::parse).collect();
    records.sort_by_key(|r| r.nanos);
    records
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_round_trip() {
        for event in [
            Event::Start("/tmp/a b%c.pp".into()),
            Event::Exit(1, "uncaught ValueError".into()),
            Event::Exit(0, String::new()),
            Event::Reap(42, 9),
            Event::Role(3, "pool worker".into()),
        ] {
            let r = Record {
                nanos: 7,
                pid: 2,
                ppid: 1,
                event,
            };
            let line = r.to_line();
            assert_eq!(line.matches('\n').count(), 1);
            assert_eq!(Record::parse(line.trim_end()), Some(r));
        }
    }
}
