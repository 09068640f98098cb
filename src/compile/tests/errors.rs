//! Compile-time SyntaxErrors: CPython 3.11's messages and lines.

use super::*;

/// The first SyntaxError of `src`, from the parser or the compiler, with
/// its 1-based line.
fn syntax_error(src: &str) -> (String, u32) {
    let source = SourceFile::new("<test>", src);
    let (message, span) = match crate::parser::parse_module(src) {
        Err(e) => (e.message, e.span),
        Ok(module) => {
            match compile_module(&module, Rc::new(SourceFile::new("<test>", src)), Mode::Exec) {
                Ok(_) => panic!("expected a SyntaxError for:\n{src}"),
                Err(e) => (e.message, e.span),
            }
        }
    };
    (message, source.line_of(span.start))
}

/// (source, message, line) as CPython 3.11 reports them.
const CASES: &[(&str, &str, u32)] = &[
    ("return 1", "'return' outside function", 1),
    ("class C:\n    return 1", "'return' outside function", 2),
    ("break", "'break' outside loop", 1),
    ("def f():\n    break", "'break' outside loop", 2),
    (
        "for x in y:\n    def f():\n        break",
        "'break' outside loop",
        3,
    ),
    ("continue", "'continue' not properly in loop", 1),
    (
        "while 1:\n    class C:\n        continue",
        "'continue' not properly in loop",
        3,
    ),
    ("yield 1", "'yield' outside function", 1),
    ("class C:\n    yield", "'yield' outside function", 2),
    ("await x", "'await' outside function", 1),
    (
        "def f():\n    print(x)\n    global x",
        "name 'x' is used prior to global declaration",
        3,
    ),
    (
        "def f():\n    x = 1\n    global x",
        "name 'x' is assigned to before global declaration",
        3,
    ),
    (
        "def f(x):\n    global x",
        "name 'x' is parameter and global",
        2,
    ),
    (
        "def f():\n    nonlocal x",
        "no binding for nonlocal 'x' found",
        2,
    ),
    (
        "nonlocal x",
        "nonlocal declaration not allowed at module level",
        1,
    ),
    (
        "def f(a, a): pass",
        "duplicate argument 'a' in function definition",
        1,
    ),
    (
        "lambda a, a: 0",
        "duplicate argument 'a' in function definition",
        1,
    ),
    (
        "*a = 1",
        "starred assignment target must be in a list or tuple",
        1,
    ),
    (
        "*a, *b = c",
        "multiple starred expressions in assignment",
        1,
    ),
    (
        "[x for x in y if (yield)]",
        "'yield' inside list comprehension",
        1,
    ),
    (
        "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x",
        "name 'x' is used prior to nonlocal declaration",
        5,
    ),
    (
        "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x",
        "name 'x' is assigned to before nonlocal declaration",
        5,
    ),
    (
        "def f(x):\n    def g(x):\n        nonlocal x",
        "name 'x' is parameter and nonlocal",
        3,
    ),
    (
        "def f():\n    from m import *",
        "import * only allowed at module level",
        2,
    ),
    ("f(x=1, x=2)", "keyword argument repeated: x", 1),
    (
        "try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass",
        "default 'except:' must be last",
        3,
    ),
    (
        "def f():\n    global x\n    nonlocal x",
        "name 'x' is nonlocal and global",
        2,
    ),
    (
        "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x",
        "name 'x' is nonlocal and global",
        4,
    ),
    (
        "class C:\n    [(y := 1) for x in z]",
        "assignment expression within a comprehension cannot be used in a class body",
        2,
    ),
    (
        "[(x := 1) for x in z]",
        "assignment expression cannot rebind comprehension iteration variable 'x'",
        1,
    ),
    (
        "[x for x in (y := z)]",
        "assignment expression cannot be used in a comprehension iterable expression",
        1,
    ),
    (
        "def f():\n    x: int\n    global x",
        "annotated name 'x' can't be global",
        3,
    ),
    (
        "for *a in b: pass",
        "starred assignment target must be in a list or tuple",
        1,
    ),
    (
        "x = 3j",
        "complex numbers are not supported by pyproc yet",
        1,
    ),
    (
        "def f():\n    await x",
        "'await' is not supported by pyproc yet",
        2,
    ),
];

#[test]
fn syntax_errors_match_cpython() {
    for (src, message, line) in CASES {
        let (m, l) = syntax_error(src);
        assert_eq!((m.as_str(), l), (*message, *line), "for:\n{src}");
    }
}

#[test]
fn compile_errors_come_from_the_compiler() {
    // These parse fine; the compiler must reject them.
    assert_eq!(compile_err("return"), "'return' outside function");
    assert_eq!(
        compile_err("nonlocal x"),
        "nonlocal declaration not allowed at module level"
    );
    assert_eq!(
        compile_err("def f():\n    nonlocal y"),
        "no binding for nonlocal 'y' found"
    );
}
