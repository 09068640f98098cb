//! `pyproc --trace`: the recorded events and the tree and timeline drawn
//! from them, for the article's snippets and for zombies, signal deaths
//! and daemons. Each run is bounded by a timeout; the tracer is the
//! subreaper of everything the script starts, so nothing is left behind
//! (except the daemon of snippet 21, which the test stops).
//!
//! To come with Manager (built in its own branch): the trace of snippet 16
//! (a `manager` server process), in the style of the tests below.

use pyproc::trace::model::{Fate, Mark, Proc, Trace};
use pyproc::trace::record::{Record, parse_all};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

struct Run {
    stdout: String,
    stderr: String,
    status: ExitStatus,
    trace: Trace,
    log: PathBuf,
    svg: PathBuf,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pyproc-trace-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// Runs `pyproc [trace options] script args` in `dir`, killing it after 30 s.
fn run_pyproc(
    dir: &Path,
    options: &[String],
    script: &Path,
    args: &[&str],
) -> (String, String, ExitStatus) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_pyproc"))
        .args(options)
        .arg(script)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn pyproc");
    let deadline = Instant::now() + Duration::from_secs(30);
    while child.try_wait().expect("try_wait").is_none() {
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("pyproc {} timed out", script.display());
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().expect("output");
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        out.status,
    )
}

/// Reads a trace file: every line must be one whole record.
fn read_trace(log: &Path) -> (Vec<Record>, Trace) {
    let text = std::fs::read_to_string(log).expect("trace file");
    for line in text.lines() {
        assert!(
            Record::parse(line).is_some(),
            "torn or unknown record: {line:?}"
        );
    }
    let records = parse_all(&text);
    let trace = Trace::from_records(&records);
    (records, trace)
}

/// The SVG must be well-formed XML with one lane per process.
fn check_svg(svg: &Path, trace: &Trace) {
    let text = std::fs::read_to_string(svg).expect("svg written");
    let doc = roxmltree::Document::parse(&text).expect("well-formed SVG");
    let mut lanes: Vec<i32> = doc
        .descendants()
        .filter(|n| n.has_tag_name("g") && n.attribute("class") == Some("lane"))
        .map(|n| {
            n.attribute("data-pid")
                .expect("data-pid")
                .parse()
                .expect("pid")
        })
        .collect();
    lanes.sort();
    let pids: Vec<i32> = trace.procs.keys().copied().collect();
    assert_eq!(lanes, pids, "one lane per process");
}

/// A traced run whose SVG has been checked.
fn traced(name: &str, script: &Path, args: &[&str]) -> Run {
    let run = traced_unchecked(name, script, args);
    check_svg(&run.svg, &run.trace);
    run
}

/// A traced run, nothing asserted yet (the daemon test first stops the
/// daemon, so that no failed assertion leaves it running).
fn traced_unchecked(name: &str, script: &Path, args: &[&str]) -> Run {
    let dir = scratch(name);
    let log = dir.join("trace.log");
    let svg = dir.join("trace.svg");
    let options = [
        format!("--trace={}", log.display()),
        format!("--trace-svg={}", svg.display()),
    ];
    let (stdout, stderr, status) = run_pyproc(&dir, &options, script, args);
    let text = std::fs::read_to_string(&log).unwrap_or_default();
    let trace = Trace::from_records(&parse_all(&text));
    Run {
        stdout,
        stderr,
        status,
        trace,
        log,
        svg,
    }
}

fn main_proc(trace: &Trace) -> &Proc {
    trace
        .procs
        .values()
        .find(|p| p.main)
        .expect("the program's process")
}

fn children<'a>(trace: &'a Trace, p: &Proc) -> Vec<&'a Proc> {
    p.children.iter().map(|c| &trace.procs[c]).collect()
}

fn reaper(p: &Proc) -> Option<i32> {
    p.reap.map(|r| r.1)
}

#[test]
fn snippet_01_fork_exit_and_reap() {
    let run = traced("01", &root().join("examples/01_fork_basic.pp"), &[]);
    let t = &run.trace;
    assert!(run.status.success(), "{}", run.stderr);
    assert_eq!(t.procs.len(), 2, "{}", run.stderr);
    let main = main_proc(t);
    let tracer = t.tracer.expect("tracer record");
    assert_eq!(main.fate(), Fate::Exited(0));
    assert_eq!(reaper(main), Some(tracer));
    let kids = children(t, main);
    assert_eq!(kids.len(), 1);
    let child = kids[0];
    assert_eq!(child.fate(), Fate::Exited(0));
    // The parent never waits: the child stays a zombie until the parent
    // exits, then the tracer (subreaper) reaps it.
    assert_eq!(reaper(child), Some(tracer));
    let (exited, reaped) = child.zombie().expect("a zombie period");
    assert!(exited < main.end().unwrap() && reaped >= main.end().unwrap());
    assert!(
        run.stderr.contains(&format!(
            "parent {} exited without reaping it: the zombie passed to {tracer}",
            main.pid
        )),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains(&format!(
        "After fork process pid={},ppid={}",
        child.pid, main.pid
    )));
}

#[test]
fn snippet_03_orphan_is_adopted_by_the_tracer() {
    let run = traced("03", &root().join("examples/03_fork_orphan.pp"), &[]);
    let t = &run.trace;
    let tracer = t.tracer.unwrap();
    let main = main_proc(t);
    let child = children(t, main)[0];
    let (at, adopter) = child.orphaned.expect("orphaned");
    assert_eq!(adopter, Some(tracer));
    assert_eq!(at, main.end().unwrap());
    assert_eq!(child.fate(), Fate::Exited(0));
    assert_eq!(reaper(child), Some(tracer));
    // The new parent the child prints is the tracer.
    assert!(
        run.stdout
            .contains(&format!("my parent process-1 PID is {}", main.pid))
    );
    assert!(
        run.stdout
            .contains(&format!("my parent process-2 PID is {tracer}")),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr.contains(&format!(
            "orphaned: parent {} ended; adopted by {tracer}",
            main.pid
        )),
        "{}",
        run.stderr
    );
}

#[test]
fn a_zombie_period_is_measured_from_exit_to_reap() {
    let run = traced("zombie", &root().join("tests/trace_cases/zombie.pp"), &[]);
    let t = &run.trace;
    assert_eq!(run.stdout, "True 3\n");
    let main = main_proc(t);
    let child = children(t, main)[0];
    assert_eq!(child.fate(), Fate::Exited(3));
    assert_eq!(child.exit.as_ref().unwrap().2, "os._exit");
    assert_eq!(reaper(child), Some(main.pid));
    let (exited, reaped) = child.zombie().unwrap();
    assert!(
        reaped - exited >= 300_000_000,
        "zombie for {} ns",
        reaped - exited
    );
    assert!(run.stderr.contains(", zombie 0."), "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!("reaped by {} at", main.pid)),
        "{}",
        run.stderr
    );
}

#[test]
fn signal_deaths_and_handled_signals() {
    let run = traced(
        "signal",
        &root().join("tests/trace_cases/signal_death.pp"),
        &[],
    );
    let t = &run.trace;
    // The tracer dies of the program's signal, as a shell would see it.
    assert_eq!(run.status.signal(), Some(15), "{}", run.stderr);
    assert_eq!(run.stdout, "victim: True 9\nhandler: 7\n");
    let main = main_proc(t);
    assert_eq!(main.fate(), Fate::Killed(15, false));
    let kids = children(t, main);
    assert_eq!(kids.len(), 2);
    let (victim, handler) = (kids[0], kids[1]);
    assert_eq!(victim.fate(), Fate::Killed(9, false));
    assert_eq!(reaper(victim), Some(main.pid));
    assert!(handler.marks.iter().any(|(_, m)| *m == Mark::Handled(10)));
    assert!(
        handler
            .marks
            .iter()
            .any(|(_, m)| *m == Mark::Received(main.pid, 10))
    );
    assert_eq!(handler.fate(), Fate::Exited(7));
    assert!(run.stderr.contains("killed by SIGKILL"), "{}", run.stderr);
    assert!(run.stderr.contains("killed by SIGTERM"), "{}", run.stderr);
    assert!(run.stderr.contains("handled SIGUSR1"), "{}", run.stderr);
}

#[test]
fn tracing_leaves_stdout_alone_and_names_process_roles() {
    let script = root().join("tests/trace_cases/process_role.pp");
    let dir = scratch("plain");
    let (plain, _, status) = run_pyproc(&dir, &[], &script, &[]);
    assert!(status.success());
    let run = traced("role", &script, &[]);
    assert_eq!(run.stdout, plain);
    let main = main_proc(&run.trace);
    let worker = children(&run.trace, main)[0];
    assert_eq!(worker.role.as_deref(), Some("Process-1"));
    assert!(
        run.stderr.contains(&format!("{} [Process-1]", worker.pid)),
        "{}",
        run.stderr
    );
}

/// Whether `pid` is gone (or a zombie nobody has reaped yet).
fn gone(pid: i32) -> bool {
    match std::fs::read_to_string(format!("/proc/{pid}/stat")) {
        Ok(s) => {
            s.rsplit(')')
                .next()
                .and_then(|r| r.split_whitespace().next())
                == Some("Z")
        }
        Err(_) => true,
    }
}

fn wait_until(what: &str, test: impl Fn() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !test() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn snippet_21_daemon_double_fork_and_setsid() {
    let dir = scratch("daemon-files");
    for (src, dst) in [
        ("21_test_daemon.pp", "test_daemon.pp"),
        ("daemon.pp", "daemon.pp"),
    ] {
        std::fs::copy(root().join("examples").join(src), dir.join(dst)).expect("copy example");
    }
    let pidfile = dir.join("daemon.pid");
    let logfile = dir.join("daemon.log");
    let (p, l) = (pidfile.to_str().unwrap(), logfile.to_str().unwrap());
    let run = traced_unchecked("daemon", &dir.join("test_daemon.pp"), &["start", p, l]);
    wait_until("the pidfile", || {
        std::fs::read_to_string(&pidfile).is_ok_and(|s| !s.is_empty())
    });
    let daemon_pid: i32 = std::fs::read_to_string(&pidfile).unwrap().parse().unwrap();
    // Stop it before any assertion can fail, so it never outlives the test.
    let (_, _, stop) = run_pyproc(&dir, &[], &dir.join("test_daemon.pp"), &["stop", p, l]);
    wait_until("the daemon to exit", || gone(daemon_pid));
    wait_until("the pidfile to go", || !pidfile.exists());
    assert!(stop.success());
    check_svg(&run.svg, &run.trace);

    let t = &run.trace;
    assert!(run.status.success(), "{}", run.stderr);
    assert_eq!(t.procs.len(), 3, "{}", run.stderr);
    let main = main_proc(t);
    let first = children(t, main)[0];
    let daemon = children(t, first)[0];
    assert_eq!(daemon.pid, daemon_pid);
    assert!(first.session_leader && first.marks.iter().any(|(_, m)| *m == Mark::Setsid));
    assert!(daemon.daemon && !daemon.session_leader);
    assert_eq!(daemon.fate(), Fate::Running);
    assert_eq!(first.fate(), Fate::Exited(0));
    assert!(
        run.stderr.contains(&format!("{daemon_pid} daemon")),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("detached: double fork + setsid"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("still running when the trace ended"),
        "{}",
        run.stderr
    );

    // The daemon kept appending after the tracer left: SIGTERM, handled,
    // and its exit 1 from the handler's SystemExit(1).
    let (_, later) = read_trace(&run.log);
    let d = &later.procs[&daemon_pid];
    assert!(d.marks.iter().any(|(_, m)| *m == Mark::Handled(15)));
    assert_eq!(d.exit.as_ref().map(|e| e.1), Some(1));
}

#[test]
fn bare_trace_prints_the_tree_and_removes_its_temporary_file() {
    let dir = scratch("bare");
    let script = root().join("examples/02_fork_variables.pp");
    let (plain, _, _) = run_pyproc(&dir, &[], &script, &[]);
    let (stdout, stderr, status) = run_pyproc(&dir, &["--trace".to_string()], &script, &[]);
    assert!(status.success(), "{stderr}");
    assert_eq!(stdout, plain);
    assert!(
        stderr.starts_with("── pyproc trace: 2 processes"),
        "{stderr}"
    );
    let tracer = stderr
        .split(", tracer ")
        .nth(1)
        .and_then(|s| s.split_whitespace().next())
        .expect("tracer pid in the header");
    let log = std::env::temp_dir().join(format!("pyproc-trace-{tracer}.log"));
    assert!(!log.exists(), "{} left behind", log.display());
}

#[test]
fn tracing_does_not_change_the_output_of_the_examples() {
    let dir = scratch("examples");
    for name in [
        "02_fork_variables.pp",
        "04_wait_status.pp",
        "05_popen_create.pp",
        "07_popen_methods.pp",
        "12_pipe.pp",
        "15_value_array.pp",
        "17_queue.pp",
        "18_joinable_queue.pp",
        "22_scheduling.pp",
        "23_daemon_vs_nondaemon.pp",
    ] {
        let script = root().join("examples").join(name);
        let (plain, _, plain_status) = run_pyproc(&dir, &[], &script, &[]);
        let (traced, stderr, status) = run_pyproc(&dir, &["--trace".to_string()], &script, &[]);
        assert_eq!(traced, plain, "{name}: stdout changed under --trace");
        assert_eq!(status.code(), plain_status.code(), "{name}: {stderr}");
        assert!(stderr.contains("── pyproc trace: "), "{name}: {stderr}");
    }
}

#[test]
fn exits_carry_their_reason() {
    let run = traced(
        "uncaught",
        &root().join("tests/trace_cases/uncaught.pp"),
        &[],
    );
    assert_eq!(run.status.code(), Some(1));
    let main = main_proc(&run.trace);
    assert_eq!(main.fate(), Fate::Exited(1));
    assert_eq!(main.exit.as_ref().unwrap().2, "uncaught ValueError");
    let child = children(&run.trace, main)[0];
    assert_eq!(child.fate(), Fate::Killed(2, false));
    assert!(
        run.stderr
            .contains("killed by SIGINT (uncaught KeyboardInterrupt)"),
        "{}",
        run.stderr
    );
}

#[test]
fn snippet_10_pool_workers() {
    let run = traced("10", &root().join("examples/10_pool_apply_async.pp"), &[]);
    let t = &run.trace;
    assert!(run.status.success(), "{}", run.stderr);
    let main = main_proc(t);
    let workers = children(t, main);
    // Pool(3): three workers, forked once, that take the ten tasks in turn.
    assert_eq!(workers.len(), 3, "{}", run.stderr);
    assert_eq!(t.procs.len(), 4);
    for (i, w) in workers.iter().enumerate() {
        let role = format!("ForkPoolWorker-{} (daemonic)", i + 1);
        assert_eq!(w.role.as_deref(), Some(role.as_str()));
        assert_eq!(w.fate(), Fate::Exited(0));
        assert_eq!(reaper(w), Some(main.pid));
    }
    assert!(run.stdout.ends_with("-----end-----\n"));
}
