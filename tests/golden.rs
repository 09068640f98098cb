//! Golden test harness for pyproc.
//!
//! Every `tests/cases/**/*.pp` script becomes one test named after its path
//! relative to `tests/cases` without the extension (e.g. `lang/closures`).
//! The script is run with the pyproc binary (or the program named by the
//! `PYPROC_TEST_BIN` environment variable, e.g. `python3`), and its stdout,
//! stderr and exit code are compared with the checked-in expectations:
//!
//! * `<name>.out`  – expected stdout (required)
//! * `<name>.err`  – expected stderr (optional; absent means stderr must be empty)
//! * `<name>.code` – expected exit code (optional; absent means 0)
//! * `<name>.in`   – stdin for the script (optional; absent means /dev/null)
//!
//! Header lines in the script:
//!
//! * `# args: a b "c d"` – extra command-line arguments
//! * `# mask: REGEX`     – (repeatable) matches are replaced by `<MASK>` in
//!   stdout and stderr on both sides before comparing
//! * `# timeout: N`      – timeout in seconds (default 30)
//! * `# run: PATH`       – run this script (relative to the case's directory,
//!   e.g. an example under `examples/`) instead of the case file itself
//! * `# zombies: N`      – the script deliberately exits leaving N children
//!   unreaped (an article snippet that shows a zombie); otherwise any is an
//!   error
//!
//! Scripts run under a reaper (`tests/support/reaper.rs`): a test fails if it
//! leaves a child unreaped at exit or a descendant still running at the
//! timeout. A process killed by signal N is treated as exit code 128+N (as a
//! shell reports it); `tests/bless.py` records it the same way.

use std::fs;
use std::io::Read;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use libtest_mimic::{Arguments, Failed, Trial};
use regex::Regex;

const DEFAULT_TIMEOUT_SECS: u64 = 30;

#[path = "support/reaper.rs"]
mod reaper;

fn main() {
    let argv: Vec<String> = std::env::args().collect();
    if argv.get(1).is_some_and(|a| a == "--reaper") {
        reaper::main(&argv[2..]);
    }
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("cases");
    let mut scripts = Vec::new();
    collect_scripts(&root, &mut scripts);
    scripts.sort();
    let known = known_failures(&root);
    // Checking the suite against CPython skips pyproc's own extensions.
    let oracle = std::env::var("PYPROC_TEST_BIN").is_ok_and(|b| !b.is_empty());

    let trials = scripts
        .into_iter()
        .map(|path| {
            let name = path
                .strip_prefix(&root)
                .unwrap()
                .with_extension("")
                .to_string_lossy()
                .replace('\\', "/");
            // A known failure still runs with `--include-ignored`, so
            // fixing it shows up; it just doesn't fail the suite.
            let ignored = known.contains(&name) || (oracle && is_pyproc_only(&path));
            Trial::test(name, move || run_case(&path)).with_ignored_flag(ignored)
        })
        .collect();

    libtest_mimic::run(&args, trials).exit();
}

/// A `# not-cpython:` header marks a test of pyproc's extensions, whose
/// expected files are kept by hand (CPython is no oracle for them).
fn is_pyproc_only(script: &Path) -> bool {
    fs::read_to_string(script).is_ok_and(|s| s.contains("# not-cpython:"))
}

/// Cases pyproc does not pass yet, one name per line in
/// `tests/cases/KNOWN_FAILURES` (`#` starts a comment). Each should say
/// what is missing; the list only ever shrinks.
fn known_failures(root: &Path) -> Vec<String> {
    let text = fs::read_to_string(root.join("KNOWN_FAILURES")).unwrap_or_default();
    text.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

fn collect_scripts(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect_scripts(&path, out);
        } else if path.extension().is_some_and(|e| e == "pp") {
            out.push(path);
        }
    }
}

/// Settings read from the script's header lines.
struct Header {
    args: Vec<String>,
    masks: Vec<Regex>,
    timeout: Duration,
    run: Option<String>,
    zombies: usize,
}

fn parse_header(source: &str) -> Result<Header, String> {
    let mut header = Header {
        args: Vec::new(),
        masks: Vec::new(),
        timeout: Duration::from_secs(DEFAULT_TIMEOUT_SECS),
        run: None,
        zombies: 0,
    };
    for line in source.lines() {
        let line = line.trim_end();
        if let Some(rest) = line.strip_prefix("# args:") {
            header.args.extend(split_args(rest.trim())?);
        } else if let Some(rest) = line.strip_prefix("# mask:") {
            let re = Regex::new(rest.trim())
                .map_err(|e| format!("bad `# mask:` regex {:?}: {e}", rest.trim()))?;
            header.masks.push(re);
        } else if let Some(rest) = line.strip_prefix("# timeout:") {
            let secs: f64 = rest
                .trim()
                .parse()
                .map_err(|_| format!("bad `# timeout:` value {:?}", rest.trim()))?;
            header.timeout = Duration::from_secs_f64(secs);
        } else if let Some(rest) = line.strip_prefix("# run:") {
            header.run = Some(rest.trim().to_string());
        } else if let Some(rest) = line.strip_prefix("# zombies:") {
            header.zombies = rest
                .trim()
                .parse()
                .map_err(|_| format!("bad `# zombies:` value {:?}", rest.trim()))?;
        }
    }
    Ok(header)
}

/// Splits an argument line on whitespace, honouring '...' and "..." quotes.
fn split_args(s: &str) -> Result<Vec<String>, String> {
    let mut args = Vec::new();
    let mut cur = String::new();
    let mut in_arg = false;
    let mut quote: Option<char> = None;
    for c in s.chars() {
        match quote {
            Some(q) if c == q => quote = None,
            Some(_) => cur.push(c),
            None if c == '\'' || c == '"' => {
                quote = Some(c);
                in_arg = true;
            }
            None if c.is_whitespace() => {
                if in_arg {
                    args.push(std::mem::take(&mut cur));
                    in_arg = false;
                }
            }
            None => {
                cur.push(c);
                in_arg = true;
            }
        }
    }
    if quote.is_some() {
        return Err(format!("unterminated quote in `# args:` line: {s}"));
    }
    if in_arg {
        args.push(cur);
    }
    Ok(args)
}

struct Outcome {
    stdout: String,
    stderr: String,
    code: i32,
    zombies: usize,
    leftover: usize,
}

fn test_program() -> String {
    match std::env::var("PYPROC_TEST_BIN") {
        Ok(bin) if !bin.is_empty() => bin,
        _ => env!("CARGO_BIN_EXE_pyproc").to_string(),
    }
}

fn run_program(script: &Path, header: &Header) -> Result<Outcome, String> {
    let dir = script.parent().unwrap();
    let stdin = match fs::File::open(script.with_extension("in")) {
        Ok(f) => Stdio::from(f),
        Err(_) => Stdio::null(),
    };
    let program = test_program();
    let target = match &header.run {
        Some(path) => dir.join(path),
        None => script.to_path_buf(),
    };
    let report_path = std::env::temp_dir().join(format!(
        "pyproc-golden-{}-{}.report",
        std::process::id(),
        script.display().to_string().replace('/', "_")
    ));
    let _ = fs::remove_file(&report_path);
    let mut child = Command::new(std::env::current_exe().map_err(|e| e.to_string())?)
        .arg("--reaper")
        .arg(&report_path)
        .arg(header.timeout.as_millis().to_string())
        .arg("--")
        .arg(&program)
        .arg(&target)
        .args(&header.args)
        .current_dir(dir)
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        // Keep CPython (when used as the oracle) from littering __pycache__
        // and make time zone dependent output reproducible.
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONIOENCODING", "utf-8")
        .env("TZ", "UTC")
        // Buffering is part of what the tests check (fork, os.write).
        .env_remove("PYTHONUNBUFFERED")
        .process_group(0)
        .spawn()
        .map_err(|e| format!("cannot start {program:?}: {e}"))?;

    let mut out_pipe = child.stdout.take().unwrap();
    let mut err_pipe = child.stderr.take().unwrap();
    let out_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = out_pipe.read_to_end(&mut buf);
        buf
    });
    let err_reader = thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = err_pipe.read_to_end(&mut buf);
        buf
    });

    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) => {}
            Err(e) => return Err(format!("waiting for child failed: {e}")),
        }
        // The reaper ends the script's leftovers at the timeout; this is
        // the backstop if the reaper itself hangs.
        if start.elapsed() >= header.timeout + Duration::from_secs(5) {
            kill_group(child.id());
            let _ = child.kill();
            let _ = child.wait();
            // Readers finish once every holder of the pipes is dead.
            let _ = out_reader.join();
            let _ = err_reader.join();
            return Err(format!(
                "timed out after {:.1} s (process group killed)",
                header.timeout.as_secs_f64()
            ));
        }
        thread::sleep(Duration::from_millis(5));
    };
    // Kill anything the script left running in its process group so the
    // pipe readers can finish.
    kill_group(child.id());
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    let report = fs::read_to_string(&report_path)
        .ok()
        .and_then(|t| reaper::Report::parse(&t));
    let _ = fs::remove_file(&report_path);
    let Some(report) = report else {
        return Err(format!(
            "the reaper failed (status {status:?}); stderr:\n{}",
            String::from_utf8_lossy(&stderr)
        ));
    };
    Ok(Outcome {
        stdout: String::from_utf8_lossy(&stdout).into_owned(),
        stderr: String::from_utf8_lossy(&stderr).into_owned(),
        code: report.status,
        zombies: report.zombies,
        leftover: report.leftover,
    })
}

fn kill_group(pid: u32) {
    let pgid = nix::unistd::Pid::from_raw(pid as i32);
    let _ = nix::sys::signal::killpg(pgid, nix::sys::signal::Signal::SIGKILL);
}

fn apply_masks(text: &str, masks: &[Regex]) -> String {
    let mut text = text.to_string();
    for re in masks {
        text = re.replace_all(&text, "<MASK>").into_owned();
    }
    text
}

/// Normalizes a traceback: drops CPython 3.11's caret/tilde marker lines and
/// shortens `File "/some/dir/x.pp"` to `File "x.pp"`.
fn normalize_stderr(text: &str) -> String {
    let file_re = Regex::new(r#"File "([^"]*/)([^"/]+)""#).unwrap();
    let mut out = String::new();
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        let is_marker = body.contains(['^', '~'])
            && body
                .chars()
                .all(|c| c.is_whitespace() || c == '^' || c == '~');
        if is_marker {
            continue;
        }
        out.push_str(&file_re.replace_all(line, r#"File "$2""#));
    }
    out
}

fn run_case(script: &Path) -> Result<(), Failed> {
    let source = fs::read_to_string(script).map_err(|e| format!("cannot read script: {e}"))?;
    let header = parse_header(&source)?;

    let out_path = script.with_extension("out");
    let expected_out = fs::read_to_string(&out_path).map_err(|e| {
        format!(
            "missing {} ({e}); run `python3 tests/bless.py {}`",
            out_path.display(),
            script.display()
        )
    })?;
    let expected_err = fs::read_to_string(script.with_extension("err")).unwrap_or_default();
    let expected_code: i32 = match fs::read_to_string(script.with_extension("code")) {
        Ok(s) => s
            .trim()
            .parse()
            .map_err(|_| format!("bad .code file content {:?}", s.trim()))?,
        Err(_) => 0,
    };

    let actual = run_program(script, &header)?;

    let mut report = String::new();
    let exp_out = apply_masks(&expected_out, &header.masks);
    let act_out = apply_masks(&actual.stdout, &header.masks);
    if exp_out != act_out {
        report.push_str("--- stdout differs (- expected, + actual) ---\n");
        report.push_str(&unified_diff(&exp_out, &act_out));
    }
    let exp_err = apply_masks(&normalize_stderr(&expected_err), &header.masks);
    let act_err = apply_masks(&normalize_stderr(&actual.stderr), &header.masks);
    if exp_err != act_err {
        report.push_str("--- stderr differs (- expected, + actual; normalized) ---\n");
        report.push_str(&unified_diff(&exp_err, &act_err));
    }
    if expected_code != actual.code {
        report.push_str(&format!(
            "--- exit code differs: expected {expected_code}, actual {} ---\n",
            actual.code
        ));
    }
    if actual.zombies != header.zombies {
        report.push_str(&format!(
            "--- left {} unreaped child(ren) at exit (expected {}) ---\n",
            actual.zombies, header.zombies
        ));
    }
    if actual.leftover > 0 {
        report.push_str(&format!(
            "--- left {} process(es) running at the timeout (killed) ---\n",
            actual.leftover
        ));
    }
    if report.is_empty() {
        Ok(())
    } else {
        Err(format!("{}:\n{report}", script.display()).into())
    }
}

// ---------------------------------------------------------------------------
// A small line diff (LCS based) printed in unified style with 3 lines of
// context.

const CONTEXT: usize = 3;
const MAX_DIFF_LINES: usize = 4000;

#[derive(Clone, Copy, PartialEq)]
enum Op {
    Same,
    Del,
    Add,
}

fn show(line: &str) -> String {
    // Make invisible trailing whitespace and missing final newlines visible.
    if let Some(body) = line.strip_suffix('\n') {
        if body.ends_with([' ', '\t', '\r']) {
            format!("{body:?}")
        } else {
            body.to_string()
        }
    } else {
        format!("{line}  [no newline at end]")
    }
}

fn unified_diff(expected: &str, actual: &str) -> String {
    let a: Vec<&str> = expected.split_inclusive('\n').collect();
    let b: Vec<&str> = actual.split_inclusive('\n').collect();
    if a.len() > MAX_DIFF_LINES || b.len() > MAX_DIFF_LINES {
        return format!(
            "(output too long to diff: expected {} lines, actual {} lines)\n",
            a.len(),
            b.len()
        );
    }
    // Trim common prefix/suffix to keep the table small.
    let mut pre = 0;
    while pre < a.len() && pre < b.len() && a[pre] == b[pre] {
        pre += 1;
    }
    let mut suf = 0;
    while suf < a.len() - pre && suf < b.len() - pre && a[a.len() - 1 - suf] == b[b.len() - 1 - suf]
    {
        suf += 1;
    }
    let am = &a[pre..a.len() - suf];
    let bm = &b[pre..b.len() - suf];
    let (n, m) = (am.len(), bm.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if am[i] == bm[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    // Edit script over the whole input: (op, line in a, line in b).
    let mut ops: Vec<(Op, usize, usize)> = (0..pre).map(|k| (Op::Same, k, k)).collect();
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && am[i] == bm[j] {
            ops.push((Op::Same, pre + i, pre + j));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            ops.push((Op::Del, pre + i, pre + j));
            i += 1;
        } else {
            ops.push((Op::Add, pre + i, pre + j));
            j += 1;
        }
    }
    for k in 0..suf {
        ops.push((Op::Same, a.len() - suf + k, b.len() - suf + k));
    }

    // Group into hunks.
    let changed: Vec<usize> = (0..ops.len()).filter(|&k| ops[k].0 != Op::Same).collect();
    let mut out = String::new();
    let mut k = 0;
    while k < changed.len() {
        let start = changed[k].saturating_sub(CONTEXT);
        let mut end = changed[k];
        while k < changed.len() && changed[k] <= end + 2 * CONTEXT + 1 {
            end = changed[k];
            k += 1;
        }
        let end = (end + CONTEXT + 1).min(ops.len());
        let hunk = &ops[start..end];
        let a_len = hunk.iter().filter(|o| o.0 != Op::Add).count();
        let b_len = hunk.iter().filter(|o| o.0 != Op::Del).count();
        // As in `diff -u`, an empty range starts at the line before it.
        let a_start = hunk[0].1 + usize::from(a_len > 0);
        let b_start = hunk[0].2 + usize::from(b_len > 0);
        out.push_str(&format!("@@ -{a_start},{a_len} +{b_start},{b_len} @@\n"));
        for &(op, ai, bi) in hunk {
            match op {
                Op::Same => out.push_str(&format!(" {}\n", show(a[ai]))),
                Op::Del => out.push_str(&format!("-{}\n", show(a[ai]))),
                Op::Add => out.push_str(&format!("+{}\n", show(b[bi]))),
            }
        }
    }
    out
}
