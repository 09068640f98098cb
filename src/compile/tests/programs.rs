//! A corpus of programs covering every construct: each must compile to
//! structurally sound code.

use super::*;

pub(super) const CORPUS: &[&str] = &[
    "x = 1\ny = x + 2 * 3\nprint(y)\n",
    "a, b = 1, 2\n[c, (d, e)] = [3, (4, 5)]\n",
    "first, *rest = range(5)\n*init, last = 'abc'\na, *b, c = [1, 2, 3, 4]\n",
    "x = y = z = []\n",
    "d = {}\nd['k'] = 1\nd['k'] += 2\nobj.attr += 1\nx -= 1\ns[1:2] = [3]\ns[::2] *= 2\n",
    "x: int = 3\ny: str\nobj.a: int = 1\nd['k']: int\n",
    "def f():\n    x: int = 1\n    y: list\n    return x\n",
    "if a:\n    pass\nelif b:\n    x = 1\nelse:\n    x = 2\n",
    "while x < 10:\n    x += 1\n    if x == 5:\n        continue\n    if x == 7:\n        break\nelse:\n    print('done')\n",
    "for i in range(3):\n    for j in range(3):\n        if j: break\n        continue\nelse:\n    pass\n",
    "while True:\n    break\n",
    "def f(a, b=1, /, c=2, *args, d, e=3, **kw):\n    return a + b + c + d + e\n",
    "def f(*, key=None):\n    pass\n",
    "def gen():\n    x = yield 1\n    yield from range(x)\n    return 5\n",
    "def outer():\n    x = 1\n    def inner():\n        nonlocal x\n        x += 1\n        return x\n    return inner\n",
    "def f():\n    global g\n    g = 1\n    del g\n",
    "class C(Base, metaclass=Meta):\n    '''doc'''\n    x = 1\n    def m(self):\n        return super().m()\n    @staticmethod\n    def s(): pass\n",
    "class D(*bases, **kw):\n    pass\n",
    "@dec\n@dec2(1)\ndef f(): pass\n@cdec\nclass K: pass\n",
    "try:\n    a()\nexcept ValueError as e:\n    print(e)\nexcept (TypeError, KeyError):\n    pass\nexcept:\n    raise\nelse:\n    b()\nfinally:\n    c()\n",
    "try:\n    pass\nfinally:\n    pass\n",
    "def f():\n    for x in y:\n        try:\n            return x\n        finally:\n            print('f')\n",
    "def f():\n    for x in y:\n        try:\n            continue\n        except E as e:\n            break\n        finally:\n            pass\n",
    "def f():\n    try:\n        return 1\n    finally:\n        return 2\n",
    "def f():\n    for x in y:\n        try:\n            return 1\n        finally:\n            break\n",
    "def f():\n    try:\n        pass\n    finally:\n        for i in x:\n            try:\n                break\n            finally:\n                return 3\n",
    "def f():\n    while 1:\n        try:\n            pass\n        except Exception:\n            try:\n                continue\n            finally:\n                return 1\n",
    "with open(p) as f, lock:\n    data = f.read()\n",
    "def f():\n    with a as (x, y):\n        return x\n",
    "def f():\n    for i in r:\n        with m:\n            break\n    with m:\n        with n:\n            return 1\n",
    "raise\nraise E\nraise E('x') from None\n",
    "assert x\nassert x, 'msg'\n",
    "del a, b[1], c.d, e[1:2]\ndel (f, [g])\n",
    "import os\nimport os.path\nimport a.b.c as d\nfrom m import x, y as z\nfrom . import q\nfrom ..pkg.mod import w\nfrom mod import *\n",
    "x = [i * j for i in range(3) if i for j in range(i) if j if i > j]\n",
    "s = {x for x in y}\nd = {k: v for k, v in items}\ng = (x for x in y)\n",
    "def f(y):\n    return [x + y for x in y]\n",
    "def f():\n    return [(lambda: i) for i in range(3)]\n",
    "def f():\n    [y := 1 for x in range(2)]\n    return y\n",
    "[y := x for x in range(2)]\n",
    "f = lambda x, *a, k=1, **kw: x + k\ng = lambda: (yield)\n",
    "print(f'{x} and {y!r:>{width}} {z=} {w=:.2f} {{literal}}')\n",
    "x = f''\ny = f'{a}'\n",
    "t = (1, 2, (3, 'a'), None, -1, -2.5)\nl = [*a, 1, *b]\ns = {*a, 2}\nd = {**m, 'k': 1, **n}\ntt = (*a,)\n",
    "f(*args)\nf(1, *args, 2, k=3, **kw)\nf(**kw)\nf(a, k=1)\no.m(1, 2)\no.m(*a)\no.m(k=1)\n",
    "x = a if b else c\ny = a and b or c\nz = not a\nw = a < b < c <= d\nv = a is not b\nu = a not in b\n",
    "x = a[1]\ny = a[1:2]\nz = a[::3]\nw = a[1:2, 3]\n",
    "x = 0x1f + 0o17 + 0b101 + 123456789012345678901234567890 + -9223372036854775808\n",
    "x = b'bytes' + ...\n",
    "def f():\n    x = 1\n    class C:\n        y = x\n        def m(self):\n            return x\n    return C\n",
    "class A:\n    __x = 1\n    def __m(self):\n        return self.__x + __y\n",
    "def f(a):\n    def g():\n        return a\n    return g\n",
    "if not (a and b or c):\n    pass\nwhile not a or b:\n    break\n",
    "def f():\n    yield\n    yield from g()\n",
    "x = [[y for y in row] for row in matrix]\n",
    "def deco(f):\n    def w(*a, **k):\n        return f(*a, **k)\n    return w\n",
    "try:\n    pass\nexcept E as e:\n    try:\n        pass\n    except F as e:\n        pass\n",
    "class C:\n    def f(self):\n        return __class__\n",
    "def f():\n    x = 1\n    def g():\n        def h():\n            return x\n        return h\n    return g\n",
    "def f():\n    try:\n        yield 1\n    finally:\n        yield 2\n",
    "x = 1 if y else (2 if z else 3)\n",
    "print(*[1], sep='')\n",
];

#[test]
fn corpus_compiles_soundly() {
    for src in CORPUS {
        compile_ok(src);
    }
}

/// Prints a per-code-object summary of the corpus, to compare with
/// CPython (`tools` script in the report): run with
/// `cargo test --lib dump_corpus_summaries -- --ignored --nocapture`.
#[test]
#[ignore]
fn dump_corpus_summaries() {
    for (n, src) in programs().iter().enumerate() {
        let code = compile_ok(src);
        for c in all_codes(&code) {
            println!("{n} {}", summary(&c));
        }
    }
}

/// Variable-access instructions (kind and name) of one code object, sorted,
/// in CPython's opcode names, for comparison with `dis`.
fn name_ops(code: &Code) -> Vec<String> {
    use Op::*;
    let cell = |i: u32| {
        let i = i as usize;
        if i < code.cellvars.len() {
            code.cellvars[i].as_str().to_string()
        } else {
            code.freevars[i - code.cellvars.len()].as_str().to_string()
        }
    };
    let name = |i: u32| code.names[i as usize].as_str().to_string();
    let var = |i: u32| code.varnames[i as usize].as_str().to_string();
    let mut out: Vec<String> = code
        .ops
        .iter()
        .filter_map(|op| {
            let (kind, n) = match *op {
                LoadFast(i) => ("LOAD_FAST", var(i)),
                StoreFast(i) => ("STORE_FAST", var(i)),
                DeleteFast(i) => ("DELETE_FAST", var(i)),
                LoadDeref(i) => ("LOAD_DEREF", cell(i)),
                StoreDeref(i) => ("STORE_DEREF", cell(i)),
                DeleteDeref(i) => ("DELETE_DEREF", cell(i)),
                LoadClassDeref(i) => ("LOAD_CLASSDEREF", cell(i)),
                LoadClosure(i) => ("LOAD_CLOSURE", cell(i)),
                LoadGlobal(i) => ("LOAD_GLOBAL", name(i)),
                StoreGlobal(i) => ("STORE_GLOBAL", name(i)),
                DeleteGlobal(i) => ("DELETE_GLOBAL", name(i)),
                LoadName(i) => ("LOAD_NAME", name(i)),
                StoreName(i) => ("STORE_NAME", name(i)),
                DeleteName(i) => ("DELETE_NAME", name(i)),
                LoadAttr(i) | LoadMethod(i) => ("LOAD_ATTR", name(i)),
                StoreAttr(i) => ("STORE_ATTR", name(i)),
                _ => return None,
            };
            Some(format!("{kind} {n}"))
        })
        .collect();
    out.sort();
    out
}

/// With `PYPROC_CORPUS=file`, prints the name operations of each code
/// object of every program in the file (programs separated by lines
/// holding `#---`), for comparison with CPython's `dis`.
#[test]
#[ignore]
fn dump_name_ops() {
    for (n, src) in programs().iter().enumerate() {
        let code = compile_ok(src);
        for c in all_codes(&code) {
            println!("{n} {} {:?}", c.qualname.as_str(), name_ops(&c));
        }
    }
}

/// The corpus plus, with `PYPROC_CORPUS=file`, the programs of that file
/// (separated by lines holding `#---`).
fn programs() -> Vec<String> {
    let path = std::env::var("PYPROC_CORPUS").unwrap_or_default();
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let mut programs: Vec<String> = CORPUS.iter().map(|s| s.to_string()).collect();
    programs.extend(
        text.split("#---\n")
            .filter(|s| !s.trim().is_empty())
            .map(String::from),
    );
    programs
}

/// With `PYPROC_TREE=dir`, compiles every `.py` file under it that the
/// parser accepts and checks the code; prints compile errors other than
/// unsupported features (CPython compiles these files, so those are bugs).
#[test]
#[ignore]
fn compile_tree() {
    let dir = std::env::var("PYPROC_TREE").unwrap_or_default();
    let mut stack = vec![std::path::PathBuf::from(dir)];
    let (mut ok, mut unsupported, mut bad) = (0, 0, 0);
    while let Some(p) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&p) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "py") {
                continue;
            }
            let Ok(src) = std::fs::read_to_string(&path) else {
                continue;
            };
            let Ok(module) = crate::parser::parse_module(&src) else {
                continue;
            };
            let source = Rc::new(SourceFile::new(path.display().to_string(), src.as_str()));
            let result = std::panic::catch_unwind(|| {
                compile_module(&module, source.clone(), Mode::Exec).map(|c| check_code(&c))
            });
            match result {
                Ok(Ok(())) => ok += 1,
                Ok(Err(e)) if e.message.contains("not supported by pyproc") => unsupported += 1,
                Ok(Err(e)) => {
                    bad += 1;
                    println!(
                        "ERROR {}:{}: {}",
                        path.display(),
                        source.line_of(e.span.start),
                        e.message
                    );
                }
                Err(_) => {
                    bad += 1;
                    println!("PANIC {}", path.display());
                }
            }
        }
    }
    println!("ok={ok} unsupported={unsupported} bad={bad}");
}

#[test]
fn starred_subscript_indexes_with_a_tuple() {
    let code = compile_ok("x = t[*a]\ny = t[int, *a]\n");
    assert!(ops_of(&code).contains(&Op::ListToTuple));
}

/// Code-object metadata in the format of the CPython comparison script.
fn summary(c: &Code) -> String {
    format!(
        "{} args={} posonly={} kwonly={} varargs={} varkw={} gen={} line={} vars={:?} cells={:?} free={:?}",
        c.qualname.as_str(),
        c.argcount,
        c.posonlyargcount,
        c.kwonlyargcount,
        c.has_flag(crate::bytecode::flags::VARARGS),
        c.has_flag(crate::bytecode::flags::VARKEYWORDS),
        c.has_flag(crate::bytecode::flags::GENERATOR),
        c.first_line,
        strs(&c.varnames),
        strs(&c.cellvars),
        strs(&c.freevars),
    )
}

/// With `PYPROC_FILES=list` (one path per line), prints the summary of
/// every code object of each file that compiles.
#[test]
#[ignore]
fn dump_file_summaries() {
    let list = std::env::var("PYPROC_FILES").unwrap_or_default();
    let list = std::fs::read_to_string(list).unwrap_or_default();
    for path in list.lines() {
        let Ok(src) = std::fs::read_to_string(path) else {
            continue;
        };
        let Ok(module) = crate::parser::parse_module(&src) else {
            continue;
        };
        let source = Rc::new(SourceFile::new(path, src.as_str()));
        let Ok(code) = compile_module(&module, source, Mode::Exec) else {
            continue;
        };
        for c in all_codes(&code) {
            println!("{path} {}", summary(&c));
        }
    }
}

/// With `PYPROC_FILES=list`, prints the distinct name operations of every
/// code object of each file that compiles (compare with CPython's `dis`).
#[test]
#[ignore]
fn dump_file_name_ops() {
    let list = std::env::var("PYPROC_FILES").unwrap_or_default();
    let list = std::fs::read_to_string(list).unwrap_or_default();
    for path in list.lines() {
        let Ok(src) = std::fs::read_to_string(path) else {
            continue;
        };
        let Ok(module) = crate::parser::parse_module(&src) else {
            continue;
        };
        let source = Rc::new(SourceFile::new(path, src.as_str()));
        let Ok(code) = compile_module(&module, source, Mode::Exec) else {
            continue;
        };
        for c in all_codes(&code) {
            let mut ops = name_ops(&c);
            ops.dedup();
            println!("{path} {} {} {:?}", c.qualname.as_str(), c.first_line, ops);
        }
    }
}
