//! The timeline picture of a trace, as hand-written SVG: one lane per
//! process (tree order), a bar for its life, fork arrows from parent to
//! child, exec, setsid and signal marks, the zombie period shaded, and how
//! it ended at the lane's end.

use super::model::{Fate, Mark, Proc, Trace};
use super::tree::{secs, signal_name};
use std::collections::HashMap;
use std::fmt::Write;

const WIDTH: f64 = 1100.0;
const LABEL: f64 = 250.0;
const RIGHT: f64 = 190.0;
const TOP: f64 = 64.0;
const LANE: f64 = 46.0;
const BAR: f64 = 14.0;

struct Scale {
    duration: f64,
}

impl Scale {
    fn x(&self, nanos: u64) -> f64 {
        LABEL + (nanos as f64 / self.duration) * (WIDTH - LABEL - RIGHT)
    }
}

fn lane_y(i: usize) -> f64 {
    TOP + i as f64 * LANE + LANE / 2.0
}

/// XML-escapes text content and attribute values.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

pub fn render(trace: &Trace) -> String {
    let procs = trace.ordered();
    let scale = Scale {
        duration: trace.duration.max(1) as f64,
    };
    let height = TOP + procs.len() as f64 * LANE + 56.0;
    let mut s = String::new();
    let _ = write!(
        s,
        r##"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="DejaVu Sans, Arial, sans-serif" font-size="12">
<defs>
<pattern id="zombie" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#e4e4e4"/><line x1="0" y1="0" x2="0" y2="6" stroke="#888" stroke-width="3"/></pattern>
<marker id="sig" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#c00"/></marker>
<marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#555"/></marker>
</defs>
<rect width="100%" height="100%" fill="white"/>
"##
    );
    let title = format!(
        "pyproc trace: {} process{}, {} s",
        procs.len(),
        if procs.len() == 1 { "" } else { "es" },
        secs(trace.duration)
    );
    let _ = writeln!(
        s,
        r#"<text x="12" y="22" font-size="16" font-weight="bold">{}</text>"#,
        esc(&title)
    );
    axis(&mut s, &scale, trace.duration, procs.len());
    tracer_end(&mut s, &scale, trace, procs.len());
    let index: HashMap<i32, usize> = procs
        .iter()
        .enumerate()
        .map(|(i, (_, p))| (p.pid, i))
        .collect();
    for (i, (depth, p)) in procs.iter().enumerate() {
        lane(&mut s, trace, &scale, i, *depth, p);
    }
    for (i, (_, p)) in procs.iter().enumerate() {
        fork_arrows(&mut s, &scale, i, p, &index);
        signal_arrows(&mut s, &scale, i, p, &index);
    }
    legend(&mut s, height - 22.0);
    s.push_str("</svg>\n");
    s
}

/// The time axis with round tick steps.
fn axis(s: &mut String, scale: &Scale, duration: u64, lanes: usize) {
    let total = duration.max(1) as f64 / 1e9;
    let raw = total / 8.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|st| *st >= raw)
        .unwrap_or(mag * 10.0);
    let bottom = TOP + lanes as f64 * LANE;
    let mut t = 0.0;
    while t <= total + 1e-9 {
        let x = scale.x((t * 1e9) as u64);
        let _ = writeln!(
            s,
            r##"<line x1="{x:.1}" y1="{y0}" x2="{x:.1}" y2="{bottom}" stroke="#ddd"/><text x="{x:.1}" y="{ty}" text-anchor="middle" fill="#666">{label} s</text>"##,
            y0 = TOP - 8.0,
            ty = TOP - 12.0,
            label = trim_float(t)
        );
        t += step;
    }
}

/// Where the tracer stopped, when later records (a daemon's) follow.
fn tracer_end(s: &mut String, scale: &Scale, trace: &Trace, lanes: usize) {
    let Some(end) = trace.ended.filter(|&e| e < trace.duration) else {
        return;
    };
    let x = scale.x(end);
    let _ = writeln!(
        s,
        r##"<line x1="{x:.1}" y1="{:.1}" x2="{x:.1}" y2="{:.1}" stroke="#999" stroke-dasharray="6,4"/><text x="{:.1}" y="{:.1}" fill="#777" font-size="10">tracer exits</text>"##,
        TOP - 4.0,
        TOP + lanes as f64 * LANE,
        x + 4.0,
        TOP + lanes as f64 * LANE - 4.0
    );
}

fn trim_float(t: f64) -> String {
    let s = format!("{t:.3}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn lane(s: &mut String, trace: &Trace, scale: &Scale, i: usize, depth: usize, p: &Proc) {
    let y = lane_y(i);
    let _ = writeln!(s, r#"<g class="lane" data-pid="{}">"#, p.pid);
    if i % 2 == 1 {
        let _ = writeln!(
            s,
            r##"<rect x="0" y="{:.1}" width="{WIDTH}" height="{LANE}" fill="#f6f8fb"/>"##,
            y - LANE / 2.0
        );
    }
    let indent = 10.0 + depth as f64 * 14.0;
    let room = ((LABEL - indent - 8.0) / 6.2) as usize;
    let (head, sub) = label(p);
    let _ = writeln!(
        s,
        r#"<text x="{indent:.1}" y="{:.1}" font-weight="bold">{}</text>"#,
        y - 2.0,
        esc(&fit(&head, room))
    );
    if !sub.is_empty() {
        let _ = writeln!(
            s,
            r##"<text x="{indent:.1}" y="{:.1}" fill="#555" font-size="11"><title>{}</title>{}</text>"##,
            y + 12.0,
            esc(&sub),
            esc(&fit(&sub, room))
        );
    }
    let end = p.end().unwrap_or(trace.duration);
    let (x0, x1) = (scale.x(p.start), scale.x(end).max(scale.x(p.start) + 2.0));
    let color = bar_color(p);
    let _ = writeln!(
        s,
        r#"<rect class="life" x="{x0:.1}" y="{:.1}" width="{:.1}" height="{BAR}" rx="3" fill="{color}"/>"#,
        y - BAR / 2.0,
        x1 - x0
    );
    let mut tail = x1;
    if let Some((e, r)) = p.zombie() {
        let (zx0, zx1) = (scale.x(e), scale.x(r).max(scale.x(e) + 1.0));
        let _ = writeln!(
            s,
            r##"<rect class="zombie" x="{zx0:.1}" y="{:.1}" width="{:.1}" height="{BAR}" fill="url(#zombie)" stroke="#888"><title>zombie {} s</title></rect>"##,
            y - BAR / 2.0,
            zx1 - zx0,
            secs(r - e)
        );
        tail = zx1;
    }
    if let Some((at, _)) = p.orphaned {
        let x = scale.x(at);
        let _ = writeln!(
            s,
            r##"<circle cx="{x:.1}" cy="{y:.1}" r="4" fill="white" stroke="#c60" stroke-width="2"><title>orphaned: adopted</title></circle><text x="{x:.1}" y="{:.1}" fill="#c60" font-size="10" text-anchor="middle">adopted</text>"##,
            y + BAR + 4.0
        );
    }
    // A label that would overlap the previous one is left to the tooltip.
    let mut free_from = f64::MIN;
    for (at, m) in &p.marks {
        free_from = mark(s, scale.x(*at), y, m, free_from);
    }
    let _ = writeln!(
        s,
        r#"<text class="status" x="{:.1}" y="{:.1}" fill="{}">{}</text>"#,
        tail + 6.0,
        y + 4.0,
        status_color(p),
        esc(&status(trace, p))
    );
    s.push_str("</g>\n");
}

/// The lane's two label lines: pid (and what kind of process), then its
/// role and program.
fn label(p: &Proc) -> (String, String) {
    let mut head = p.pid.to_string();
    if p.daemon {
        head.push_str(" daemon");
    }
    let mut sub = Vec::new();
    match p.role.as_deref() {
        Some("main") => head.push_str(" [main]"),
        Some(role) => sub.push(role.to_string()),
        None => {}
    }
    if let Some(prog) = &p.program {
        sub.push(prog.rsplit('/').next().unwrap_or(prog).to_string());
    }
    (head, sub.join(" · "))
}

/// Cuts text to `room` characters, marking the cut.
fn fit(text: &str, room: usize) -> String {
    if text.chars().count() <= room {
        return text.to_string();
    }
    let mut cut: String = text.chars().take(room.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

fn bar_color(p: &Proc) -> &'static str {
    if p.daemon {
        "#8e6cc4"
    } else if p.main {
        "#3d7ab8"
    } else {
        "#4caf7a"
    }
}

fn status_color(p: &Proc) -> &'static str {
    match p.fate() {
        Fate::Exited(0) => "#226",
        Fate::Exited(_) => "#a50",
        Fate::Killed(..) => "#c00",
        Fate::Running => "#666",
    }
}

fn status(trace: &Trace, p: &Proc) -> String {
    let mut text = match p.fate() {
        Fate::Exited(c) => format!("exit {c}"),
        Fate::Killed(sig, _) => format!("killed by {}", signal_name(sig)),
        Fate::Running => "still running →".to_string(),
    };
    if let Some((_, reaper, _)) = p.reap {
        if Some(reaper) == trace.tracer {
            text.push_str(", reaped by tracer");
        } else {
            text.push_str(&format!(", reaped by {reaper}"));
        }
    }
    text
}

/// Draws a mark and, if there is room after `free_from`, its label;
/// returns where the next label may start.
fn mark(s: &mut String, x: f64, y: f64, m: &Mark, free_from: f64) -> f64 {
    let top = y - BAR / 2.0 - 3.0;
    let (shape, color, text) = match m {
        Mark::Exec(path) => (
            "diamond",
            "#222",
            format!("exec {}", path.rsplit('/').next().unwrap_or(path)),
        ),
        Mark::ExecFailed(e) => ("diamond", "#c00", format!("exec failed ({e})")),
        Mark::Setsid => ("square", "#8e6cc4", "setsid".to_string()),
        Mark::Setpgid(..) => ("square", "#557", "setpgid".to_string()),
        Mark::Sent(target, sig) => ("send", "#c00", format!("{} → {target}", signal_name(*sig))),
        Mark::Received(_, sig) => ("bolt", "#c00", signal_name(*sig)),
        Mark::Handled(sig) => ("bolt", "#e08000", format!("handler {}", signal_name(*sig))),
        Mark::Fork(_) | Mark::Role(_) => return free_from,
    };
    let path = match shape {
        "diamond" => format!("M{x:.1},{:.1} l5,5 l-5,5 l-5,-5 z", y - 5.0),
        "square" => format!("M{:.1},{:.1} h8 v8 h-8 z", x - 4.0, y - 4.0),
        "send" => format!("M{:.1},{:.1} h6 v6 h-6 z", x - 3.0, y - 3.0),
        _ => format!(
            "M{:.1},{:.1} l-4,8 h4 l-2,7 l7,-10 h-4 l2,-5 z",
            x + 1.0,
            y - 8.0
        ),
    };
    let _ = writeln!(
        s,
        r#"<path class="mark" d="{path}" fill="{color}" stroke="white" stroke-width="0.8"><title>{t}</title></path>"#,
        t = esc(&text)
    );
    // The sender's side of a signal is drawn as the arrow to the target.
    let half = text.chars().count() as f64 * 2.9;
    if shape == "send" || x - half < free_from {
        return free_from;
    }
    let _ = writeln!(
        s,
        r#"<text x="{x:.1}" y="{top:.1}" fill="{color}" font-size="10" text-anchor="middle">{}</text>"#,
        esc(&text)
    );
    x + half + 4.0
}

/// A dashed red arrow from the sender's lane to the signalled process.
fn signal_arrows(s: &mut String, scale: &Scale, i: usize, p: &Proc, index: &HashMap<i32, usize>) {
    for (at, m) in &p.marks {
        let Mark::Sent(target, sig) = m else { continue };
        let Some(&j) = index.get(target).filter(|&&j| j != i) else {
            continue;
        };
        let x = scale.x(*at) + 3.0;
        let (y0, y1) = (lane_y(i), lane_y(j));
        let dir = if y1 > y0 { 1.0 } else { -1.0 };
        let _ = writeln!(
            s,
            r##"<line class="signal" x1="{x:.1}" y1="{:.1}" x2="{x:.1}" y2="{:.1}" stroke="#c00" stroke-width="1.2" stroke-dasharray="3,2" marker-end="url(#sig)"><title>{} → {target}</title></line>"##,
            y0 + dir * 3.0,
            y1 - dir * (BAR / 2.0 + 1.0),
            signal_name(*sig)
        );
    }
}

/// An arrow from the parent's lane, at the fork, to the child's lane.
fn fork_arrows(s: &mut String, scale: &Scale, i: usize, p: &Proc, index: &HashMap<i32, usize>) {
    for (at, m) in &p.marks {
        let Mark::Fork(child) = m else { continue };
        let Some(&j) = index.get(child) else { continue };
        let x = scale.x(*at);
        let (y0, y1) = (lane_y(i), lane_y(j));
        let dir = if y1 > y0 { 1.0 } else { -1.0 };
        let _ = writeln!(
            s,
            r##"<line class="fork" x1="{x:.1}" y1="{:.1}" x2="{x:.1}" y2="{:.1}" stroke="#555" stroke-width="1.5" marker-end="url(#arrow)"><title>fork → {child}</title></line>"##,
            y0 + dir * BAR / 2.0,
            y1 - dir * BAR / 2.0
        );
    }
}

fn legend(s: &mut String, y: f64) {
    let items = [
        (
            r##"<rect x="0" y="-9" width="22" height="10" rx="2" fill="#4caf7a"/>"##,
            "running",
        ),
        (
            r##"<rect x="0" y="-9" width="22" height="10" fill="url(#zombie)" stroke="#888"/>"##,
            "zombie (exited, not reaped)",
        ),
        (
            r##"<line x1="11" y1="-12" x2="11" y2="2" stroke="#555" marker-end="url(#arrow)"/>"##,
            "fork",
        ),
        (
            r##"<path d="M11,-10 l5,5 l-5,5 l-5,-5 z" fill="#222"/>"##,
            "exec",
        ),
        (
            r##"<path d="M12,-12 l-4,8 h4 l-2,7 l7,-10 h-4 l2,-5 z" fill="#c00"/>"##,
            "signal",
        ),
        (
            r##"<circle cx="11" cy="-4" r="4" fill="white" stroke="#c60" stroke-width="2"/>"##,
            "orphaned, adopted",
        ),
        (
            r##"<rect x="7" y="-8" width="8" height="8" fill="#8e6cc4"/>"##,
            "setsid",
        ),
    ];
    let mut x = 12.0;
    for (shape, text) in items {
        let _ = writeln!(
            s,
            r##"<g transform="translate({x},{y})">{shape}<text x="28" y="0" fill="#444">{text}</text></g>"##
        );
        x += 40.0 + text.len() as f64 * 6.5;
    }
}
