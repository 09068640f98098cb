#!/usr/bin/env python3
"""Regenerate the expected output of golden tests by running CPython.

Usage:
    python3 tests/bless.py                      # every tests/cases/**/*.pp
    python3 tests/bless.py tests/cases/lang/foo.pp tests/cases/types/
    python3 tests/bless.py --check ...          # report differences, write nothing

Each script is run exactly as tests/golden.rs runs pyproc: the program is
given the script's absolute path plus the arguments of its `# args:` header,
cwd is the script's directory, stdin is `<name>.in` if present (else
/dev/null), and the environment gets PYTHONDONTWRITEBYTECODE=1,
PYTHONIOENCODING=utf-8 and TZ=UTC, without PYTHONUNBUFFERED. A `# run: PATH`
header runs that script (relative to the case) instead of the case itself.
Scripts with a `# not-cpython:` header test pyproc's extensions (builtins
such as `fork`, flushing before fork): there is no oracle, so they are
skipped and their expected files are maintained by hand.

Writes `<name>.out` always, `<name>.err` only when stderr is non-empty and
`<name>.code` only when the exit code is non-zero (a death by signal N is
recorded as 128+N); stale `.err` / `.code` files are removed. Paths in
`File "..."` traceback lines are shortened to their basename.
"""

import os
import re
import shlex
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, "cases")
PYTHON = os.environ.get("BLESS_PYTHON", "python3")
DEFAULT_TIMEOUT = 30.0


def parse_header(source):
    args, masks, timeout = [], [], DEFAULT_TIMEOUT
    for line in source.splitlines():
        line = line.rstrip()
        if line.startswith("# args:"):
            args.extend(shlex.split(line[len("# args:"):].strip()))
        elif line.startswith("# mask:"):
            masks.append(re.compile(line[len("# mask:"):].strip().encode()))
        elif line.startswith("# timeout:"):
            timeout = float(line[len("# timeout:"):].strip())
    return args, masks, timeout


def masked(data, masks):
    for m in masks:
        data = m.sub(b"<MASK>", data)
    return data


def find_scripts(paths):
    if not paths:
        paths = [CASES]
    out = []
    for p in paths:
        p = os.path.abspath(p)
        if os.path.isdir(p):
            for dirpath, _dirs, files in os.walk(p):
                out.extend(os.path.join(dirpath, f) for f in files if f.endswith(".pp"))
        elif p.endswith(".pp"):
            out.append(p)
        else:
            sys.exit(f"bless.py: not a .pp script or directory: {p}")
    return sorted(set(out))


def run_target(script, source):
    """The `# run: PATH` header names the script to run (an example)."""
    for line in source.splitlines():
        if line.startswith("# run:"):
            return os.path.join(os.path.dirname(script), line[len("# run:"):].strip())
    return script


def run(script):
    with open(script, encoding="utf-8") as f:
        source = f.read()
    args, _masks, timeout = parse_header(source)
    target = run_target(script, source)
    base = script[: -len(".pp")]
    stdin_path = base + ".in"
    stdin = open(stdin_path, "rb") if os.path.exists(stdin_path) else subprocess.DEVNULL
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", PYTHONIOENCODING="utf-8", TZ="UTC")
    # Buffering is part of what the tests check (fork, os.write).
    env.pop("PYTHONUNBUFFERED", None)
    try:
        proc = subprocess.run(
            [PYTHON, target, *args],
            cwd=os.path.dirname(script),
            stdin=stdin,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
            timeout=timeout,
            start_new_session=True,
        )
    finally:
        if stdin is not subprocess.DEVNULL:
            stdin.close()
    code = proc.returncode
    if code < 0:
        code = 128 - code
    # Record script paths in tracebacks as basenames (the harness normalizes
    # both sides the same way), so expected files do not depend on checkout
    # location.
    stderr = re.sub(rb'File "[^"]*/([^"/]+)"', rb'File "\1"', proc.stderr)
    return proc.stdout, stderr, code


def write_or_remove(path, data, check, masks=()):
    old = None
    if os.path.exists(path):
        with open(path, "rb") as f:
            old = f.read()
    if data is None:
        if old is not None:
            if check:
                return [f"{path}: would be removed"]
            os.remove(path)
        return []
    # Output that only differs inside masked regions (addresses, ...) is
    # left alone, so re-blessing does not churn.
    if old is None or masked(old, masks) != masked(data, masks):
        if check:
            return [f"{path}: differs"]
        with open(path, "wb") as f:
            f.write(data)
    return []


def main(argv):
    check = "--check" in argv
    paths = [a for a in argv if a != "--check"]
    problems = []
    for script in find_scripts(paths):
        with open(script, encoding="utf-8") as f:
            if "# not-cpython:" in f.read():
                # pyproc's own extensions: CPython is no oracle here, the
                # expected files are written and reviewed by hand.
                print(f"skipped {os.path.relpath(script, CASES)} (not-cpython)")
                continue
        stdout, stderr, code = run(script)
        with open(script, encoding="utf-8") as f:
            _args, masks, _timeout = parse_header(f.read())
        base = script[: -len(".pp")]
        problems += write_or_remove(base + ".out", stdout, check, masks)
        problems += write_or_remove(base + ".err", stderr or None, check, masks)
        problems += write_or_remove(base + ".code", f"{code}\n".encode() if code else None, check)
        rel = os.path.relpath(script, CASES)
        extra = []
        if stderr:
            extra.append("stderr")
        if code:
            extra.append(f"exit {code}")
        print(f"{'checked' if check else 'blessed'} {rel}" + (f" ({', '.join(extra)})" if extra else ""))
    for p in problems:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
