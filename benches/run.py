#!/usr/bin/env python3
"""Benchmark runner: pyproc vs CPython on the programs in benches/.

Usage: python3 benches/run.py [--pyproc PATH] [--runs N] [names...]

For every benchmark the two interpreters run alternately (pyproc first, then
python3, N times each).  Both outputs must be identical; a difference is
reported as MISMATCH and its ratio is left out.  A pyproc failure (non-zero
exit, signal, timeout, missing binary) is reported as FAIL with the first line
of stderr, and the run continues with the next benchmark.

The result is a Markdown table on stdout (progress goes to stderr), followed by
the start-up cost (`-c pass`, median of 20 runs each) and a line of machine
facts, ready to paste into a README.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
DEFAULT_PYPROC = os.path.join(REPO_ROOT, "target", "release", "pyproc")
# The interpreter running this script, not a pyenv shim (shims add tens of ms).
PYTHON = os.path.realpath(sys.executable)
STARTUP_RUNS = 20


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def available_benchmarks():
    names = []
    for fn in sorted(os.listdir(BENCH_DIR)):
        if fn.endswith(".py") and fn != "run.py" and not fn.startswith("_"):
            names.append(fn[:-3])
    return names


class Result:
    """Outcome of one timed run."""

    def __init__(self, seconds, ok, stdout, error):
        self.seconds = seconds
        self.ok = ok
        self.stdout = stdout
        self.error = error


def error_summary(proc_returncode, stderr):
    lines = [ln.strip() for ln in stderr.splitlines() if ln.strip()]
    if lines:
        line = lines[0]
        # A Python-style traceback's first line says nothing; use its last one.
        if line.startswith("Traceback") and len(lines) > 1:
            line = lines[-1]
    elif proc_returncode < 0:
        line = "killed by signal %d" % -proc_returncode
    else:
        line = "exit status %d, no stderr" % proc_returncode
    if len(line) > 120:
        line = line[:117] + "..."
    return line


def run_once(argv, timeout):
    start = time.perf_counter()
    try:
        proc = subprocess.run(
            argv,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            timeout=timeout,
        )
    except FileNotFoundError:
        return Result(None, False, b"", "binary not found: %s" % argv[0])
    except PermissionError:
        return Result(None, False, b"", "binary not executable: %s" % argv[0])
    except subprocess.TimeoutExpired:
        return Result(None, False, b"", "timeout after %g s" % timeout)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        stderr = proc.stderr.decode("utf-8", "replace")
        return Result(elapsed, False, proc.stdout,
                      error_summary(proc.returncode, stderr))
    return Result(elapsed, True, proc.stdout, None)


def c_twin(name):
    """Builds benches/c/NAME.c (the floor for a system-call benchmark) with
    gcc -O2; returns the binary's path, or None without a twin or gcc."""
    source = os.path.join(BENCH_DIR, "c", name + ".c")
    if not os.path.exists(source):
        return None
    binary = os.path.join(REPO_ROOT, "target", "bench-c", name)
    os.makedirs(os.path.dirname(binary), exist_ok=True)
    try:
        subprocess.run(["gcc", "-O2", "-o", binary, source], check=True)
    except (OSError, subprocess.CalledProcessError) as e:
        log("  cannot build %s: %s" % (source, e))
        return None
    return binary


def c_cell(name, runs, timeout, reference):
    """Median time of the C twin and pyproc's ratio to it, as cells."""
    binary = c_twin(name)
    if binary is None:
        return "-", None
    times = []
    for _ in range(runs):
        r = run_once([binary], timeout)
        if not r.ok or r.stdout != reference:
            return "FAIL", None
        times.append(r.seconds)
    return "%.3f" % statistics.median(times), statistics.median(times)


def md_escape(text):
    return text.replace("|", "\\|").replace("`", "'")


def bench(name, pyproc, runs, timeout):
    """Returns a table row (list of 4 strings) and the ratio or None."""
    script = os.path.join(BENCH_DIR, name + ".py")
    pp_times, py_times = [], []
    pp_fail = py_fail = None
    mismatch = False
    reference = None
    pp_outputs = []
    for i in range(runs):
        if pp_fail is None:
            r = run_once([pyproc, script], timeout)
            if r.ok:
                pp_times.append(r.seconds)
                pp_outputs.append(r.stdout)
            else:
                pp_fail = r.error
        if py_fail is None:
            r = run_once([PYTHON, script], timeout)
            if r.ok:
                py_times.append(r.seconds)
                if reference is None:
                    reference = r.stdout
                elif r.stdout != reference:
                    py_fail = "python3 output not deterministic"
            else:
                py_fail = r.error
        log("  %s run %d/%d: pyproc %s, python3 %s" % (
            name, i + 1, runs,
            "%.3f s" % pp_times[-1] if pp_fail is None else "FAIL",
            "%.3f s" % py_times[-1] if py_fail is None else "FAIL"))
        if pp_fail is not None and py_fail is not None:
            break

    py_cell = "%.3f" % statistics.median(py_times) if py_fail is None else \
        "FAIL: %s" % md_escape(py_fail)
    if pp_fail is not None:
        return [name, py_cell, "FAIL: %s" % md_escape(pp_fail), "-", "-", "-"], None
    pp_med = statistics.median(pp_times)
    pp_cell = "%.3f" % pp_med
    if py_fail is not None:
        return [name, py_cell, pp_cell, "-", "-", "-"], None
    for out in pp_outputs:
        if out != reference:
            mismatch = True
    if mismatch:
        return [name, py_cell, pp_cell + " (MISMATCH)", "MISMATCH", "-", "-"], None
    ratio = pp_med / statistics.median(py_times)
    c_s, c_med = c_cell(name, runs, timeout, reference)
    c_ratio = "%.2f" % (pp_med / c_med) if c_med else "-"
    return [name, py_cell, pp_cell, "%.2f" % ratio, c_s, c_ratio], ratio


def startup(pyproc, timeout):
    """Median wall time in ms of `-c pass`, alternating the interpreters."""
    pp, py = [], []
    pp_err = None
    for _ in range(STARTUP_RUNS):
        if pp_err is None:
            r = run_once([pyproc, "-c", "pass"], timeout)
            if r.ok:
                pp.append(r.seconds * 1000.0)
            else:
                pp_err = r.error
        r = run_once([PYTHON, "-c", "pass"], timeout)
        if r.ok:
            py.append(r.seconds * 1000.0)
    py_ms = statistics.median(py) if py else None
    pp_ms = statistics.median(pp) if pp_err is None and pp else None
    return py_ms, pp_ms, pp_err


def machine_facts():
    try:
        ncpu = subprocess.run(["nproc"], stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL,
                              text=True).stdout.strip()
    except OSError:
        ncpu = ""
    if not ncpu:
        ncpu = str(os.cpu_count())
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    version = subprocess.run([PYTHON, "--version"], stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True).stdout.strip()
    return "Machine: %s CPUs (nproc), %s, %s (%s)" % (ncpu, model, version,
                                                     PYTHON)


def main():
    ap = argparse.ArgumentParser(
        description="Run the pyproc benchmarks against CPython.")
    ap.add_argument("--pyproc", default=DEFAULT_PYPROC,
                    help="pyproc binary (default: target/release/pyproc)")
    ap.add_argument("--runs", type=int, default=5,
                    help="runs per interpreter per benchmark (default: 5)")
    ap.add_argument("--timeout", type=float, default=120.0,
                    help="seconds before a single run counts as FAIL "
                         "(default: 120)")
    ap.add_argument("names", nargs="*",
                    help="benchmarks to run (default: all)")
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be at least 1")

    known = available_benchmarks()
    names = args.names or known
    unknown = [n[:-3] if n.endswith(".py") else n for n in names]
    unknown = [n for n in unknown if n not in known]
    if unknown:
        ap.error("unknown benchmark(s): %s (available: %s)"
                 % (", ".join(unknown), ", ".join(known)))
    names = [n[:-3] if n.endswith(".py") else n for n in names]
    pyproc = os.path.abspath(args.pyproc) if os.sep in args.pyproc \
        else args.pyproc

    log("pyproc:  %s" % pyproc)
    log("python3: %s" % PYTHON)
    rows, ratios = [], []
    for name in names:
        log("%s ..." % name)
        row, ratio = bench(name, pyproc, args.runs, args.timeout)
        rows.append(row)
        if ratio is not None:
            ratios.append(ratio)
    log("start-up ...")
    py_ms, pp_ms, pp_err = startup(pyproc, args.timeout)

    print("| benchmark | python3 s | pyproc s | ratio | C s | pyproc/C |")
    print("|---|---:|---:|---:|---:|---:|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    if ratios:
        geo = 1.0
        for r in ratios:
            geo *= r
        geo **= 1.0 / len(ratios)
        print("| *geometric mean (%d of %d)* | | | %.2f | | |"
              % (len(ratios), len(rows), geo))
    print()
    py_s = "%.1f ms" % py_ms if py_ms is not None else "FAIL"
    if pp_ms is not None:
        pp_s = "%.1f ms" % pp_ms
        ratio_s = ", ratio %.2f" % (pp_ms / py_ms) if py_ms else ""
    else:
        pp_s = "FAIL: %s" % md_escape(pp_err or "no successful run")
        ratio_s = ""
    print("Start-up (`-c pass`, median of %d): python3 %s, pyproc %s%s"
          % (STARTUP_RUNS, py_s, pp_s, ratio_s))
    print()
    print("Median wall time of %d run(s) per interpreter, alternating "
          "pyproc and python3. %s" % (args.runs, machine_facts()))


if __name__ == "__main__":
    main()
