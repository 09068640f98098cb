//! The process tree printed at the end of a traced run: one line per
//! process (pid, role, program, lifetime, how it ended, who reaped it),
//! then its notable events, indented under it.

use super::model::{Fate, Mark, Proc, Trace};

/// Seconds with millisecond precision.
pub fn secs(nanos: u64) -> String {
    format!("{:.3}", nanos as f64 / 1e9)
}

pub fn signal_name(sig: i32) -> String {
    crate::modules::signal::signal_name(sig)
        .map(str::to_string)
        .unwrap_or_else(|| format!("signal {sig}"))
}

fn basename(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// Who a pid is, for the reader: the tracer, or just the pid.
fn who(trace: &Trace, pid: i32) -> String {
    if Some(pid) == trace.tracer {
        format!("{pid} (the tracer, subreaper)")
    } else if pid == 1 {
        "1 (init)".to_string()
    } else {
        pid.to_string()
    }
}

/// The whole tree as text, ending with a newline.
pub fn render(trace: &Trace) -> String {
    let procs = trace.ordered();
    let mut out = format!(
        "── pyproc trace: {} process{}, {} s{} ──\n",
        procs.len(),
        if procs.len() == 1 { "" } else { "es" },
        secs(trace.duration),
        trace
            .tracer
            .map(|t| format!(", tracer {t}"))
            .unwrap_or_default()
    );
    let last_child = last_children(&procs);
    for (i, (depth, p)) in procs.iter().enumerate() {
        let (head, body) = prefixes(&procs, &last_child, i, *depth);
        out.push_str(&format!("{head}{}\n", headline(trace, p)));
        for line in details(trace, p) {
            out.push_str(&format!("{body}  · {line}\n"));
        }
    }
    out
}

/// For each entry: whether it is the last child of its parent.
fn last_children(procs: &[(usize, &Proc)]) -> Vec<bool> {
    (0..procs.len())
        .map(|i| {
            let depth = procs[i].0;
            procs[i + 1..]
                .iter()
                .take_while(|(d, _)| *d >= depth)
                .all(|(d, _)| *d > depth)
        })
        .collect()
}

/// Tree-drawing prefixes for an entry's head line and its detail lines.
fn prefixes(procs: &[(usize, &Proc)], last: &[bool], i: usize, depth: usize) -> (String, String) {
    let mut lead = String::new();
    // For every ancestor level, a bar while that ancestor has later siblings.
    for level in 1..depth {
        let ancestor = (0..i).rev().find(|&j| procs[j].0 == level).unwrap_or(0);
        lead.push_str(if last[ancestor] { "   " } else { "│  " });
    }
    if depth == 0 {
        let more = i + 1 < procs.len() && procs[i + 1].0 > 0;
        return (String::new(), if more { "│".into() } else { " ".into() });
    }
    let head = format!("{lead}{}", if last[i] { "└─ " } else { "├─ " });
    let has_children = procs.get(i + 1).is_some_and(|(d, _)| *d > depth);
    let body = format!(
        "{lead}{}{}",
        if last[i] { "   " } else { "│  " },
        if has_children { "│" } else { " " }
    );
    (head, body)
}

fn headline(trace: &Trace, p: &Proc) -> String {
    let mut line = p.pid.to_string();
    if p.daemon {
        line.push_str(" daemon");
    }
    if let Some(role) = &p.role {
        line.push_str(&format!(" [{role}]"));
    }
    if let Some(prog) = &p.program {
        line.push_str(&format!(" {}", basename(prog)));
    }
    match p.end() {
        Some(end) => line.push_str(&format!(" {}–{} s: ", secs(p.start), secs(end))),
        None => line.push_str(&format!(" from {} s: ", secs(p.start))),
    }
    line.push_str(&fate(trace, p));
    line
}

/// How it ended and who reaped it.
fn fate(trace: &Trace, p: &Proc) -> String {
    let mut text = match p.fate() {
        Fate::Exited(code) => format!("exit {code}"),
        Fate::Killed(sig, core) => {
            format!(
                "killed by {}{}",
                signal_name(sig),
                if core { " (core dumped)" } else { "" }
            )
        }
        Fate::Running => "still running when the trace ended".to_string(),
    };
    if let Some((_, _, why)) = &p.exit
        && !why.is_empty()
    {
        text.push_str(&format!(" ({why})"));
    }
    // Below 5 ms it is the reaper's reaction time, not a lesson.
    if let Some((e, r)) = p.zombie().filter(|(e, r)| r - e >= 5_000_000) {
        text.push_str(&format!(", zombie {} s", secs(r - e)));
    }
    match p.reap {
        Some((at, reaper, _)) => text.push_str(&format!(
            ", reaped by {} at {} s",
            who(trace, reaper),
            secs(at)
        )),
        None if p.fate() != Fate::Running => text.push_str(", never reaped by a traced process"),
        None => {}
    }
    text
}

/// The events worth a line: exec, sessions, signals, orphaning.
fn details(trace: &Trace, p: &Proc) -> Vec<String> {
    let mut lines: Vec<(u64, String)> = p
        .marks
        .iter()
        .filter_map(|(at, m)| mark_text(p, m).map(|t| (*at, format!("{} s {t}", secs(*at)))))
        .collect();
    if let Some((at, adopter)) = p.orphaned {
        let by = adopter
            .map(|a| format!("adopted by {}", who(trace, a)))
            .unwrap_or_else(|| "adopted by the nearest subreaper".to_string());
        let parent = p.parent.unwrap_or(0);
        lines.push((
            at,
            format!("{} s orphaned: parent {parent} ended; {by}", secs(at)),
        ));
    }
    if let Some((at, pp)) = p.readopted {
        lines.push((
            at,
            format!(
                "{} s the tracer ended: adopted again by {}",
                secs(at),
                who(trace, pp)
            ),
        ));
    }
    if let Some(text) = zombie_handoff(trace, p) {
        lines.push(text);
    }
    if p.daemon {
        let at = p.orphaned.map_or(p.start, |o| o.0);
        lines.push((
            at,
            format!(
                "{} s detached: double fork + setsid, in its own session without a terminal",
                secs(at)
            ),
        ));
    }
    lines.sort_by_key(|l| l.0);
    lines.into_iter().map(|l| l.1).collect()
}

/// A child that exited but whose parent ended without reaping it: the
/// zombie passes to the subreaper (or init), which reaps it.
fn zombie_handoff(trace: &Trace, p: &Proc) -> Option<(u64, String)> {
    let (exit, _, _) = p.exit.as_ref()?;
    let (_, reaper, _) = p.reap?;
    let parent = trace.procs.get(&p.parent?)?;
    let parent_end = parent.end()?;
    if reaper == parent.pid || parent_end < *exit {
        return None;
    }
    Some((
        parent_end,
        format!(
            "{} s parent {} exited without reaping it: the zombie passed to {}",
            secs(parent_end),
            parent.pid,
            who(trace, reaper)
        ),
    ))
}

fn mark_text(p: &Proc, m: &Mark) -> Option<String> {
    Some(match m {
        Mark::Fork(_) | Mark::Role(_) => return None,
        Mark::Exec(path) => format!("exec {path}"),
        Mark::ExecFailed(e) => format!("exec failed (errno {e})"),
        Mark::Setsid => format!("setsid: leader of new session {}", p.pid),
        Mark::Setpgid(pid, pgid) => format!("setpgid({pid}, {pgid})"),
        Mark::Sent(target, sig) => format!("sent {} to {target}", signal_name(*sig)),
        Mark::Received(sender, sig) => format!("{} sent by {sender}", signal_name(*sig)),
        Mark::Handled(sig) => format!("handled {} (Python handler ran)", signal_name(*sig)),
    })
}
