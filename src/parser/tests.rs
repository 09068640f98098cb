use super::*;
use crate::ast::*;

/// Compact s-expression form of an expression, for precedence tests.
fn sx(e: &Expr) -> String {
    match &e.kind {
        ExprKind::Name(n) => n.clone(),
        ExprKind::Constant(c) => match c {
            Constant::Int(s) => s.clone(),
            Constant::Float(f) => format!("{f:?}"),
            Constant::Imaginary(f) => format!("{f:?}j"),
            Constant::Str(s) => format!("{s:?}"),
            Constant::Bytes(b) => format!("b{:?}", String::from_utf8_lossy(b)),
            Constant::None => "None".into(),
            Constant::True => "True".into(),
            Constant::False => "False".into(),
            Constant::Ellipsis => "...".into(),
        },
        ExprKind::BinOp { left, op, right } => format!("({op:?} {} {})", sx(left), sx(right)),
        ExprKind::UnaryOp { op, operand } => format!("({op:?} {})", sx(operand)),
        ExprKind::BoolOp { op, values } => format!("({op:?} {})", list(values)),
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            let mut s = format!("(Cmp {}", sx(left));
            for (o, c) in ops.iter().zip(comparators) {
                s += &format!(" {o:?} {}", sx(c));
            }
            s + ")"
        }
        ExprKind::IfExp { test, body, orelse } => {
            format!("(If {} {} {})", sx(test), sx(body), sx(orelse))
        }
        ExprKind::Tuple(v) => format!("(Tuple {})", list(v)),
        ExprKind::List(v) => format!("(List {})", list(v)),
        ExprKind::Set(v) => format!("(Set {})", list(v)),
        ExprKind::Dict(v) => {
            let items: Vec<String> = v
                .iter()
                .map(|(k, v)| match k {
                    Some(k) => format!("{}:{}", sx(k), sx(v)),
                    None => format!("**{}", sx(v)),
                })
                .collect();
            format!("(Dict {})", items.join(" "))
        }
        ExprKind::Starred(x) => format!("*{}", sx(x)),
        ExprKind::Attribute { value, attr } => format!("{}.{attr}", sx(value)),
        ExprKind::Subscript { value, index } => format!("{}[{}]", sx(value), sx(index)),
        ExprKind::Slice { lower, upper, step } => {
            let o = |x: &Option<Box<Expr>>| x.as_ref().map(|e| sx(e)).unwrap_or_default();
            format!("(Slice {} {} {})", o(lower), o(upper), o(step))
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            let mut parts: Vec<String> = args.iter().map(sx).collect();
            for k in keywords {
                match &k.arg {
                    Some(a) => parts.push(format!("{a}={}", sx(&k.value))),
                    None => parts.push(format!("**{}", sx(&k.value))),
                }
            }
            format!("{}({})", sx(func), parts.join(", "))
        }
        ExprKind::Lambda { params, body } => format!("(Lambda {} {})", ps(params), sx(body)),
        ExprKind::ListComp { elt, generators } => {
            format!("(ListComp {} {})", sx(elt), gens(generators))
        }
        ExprKind::SetComp { elt, generators } => {
            format!("(SetComp {} {})", sx(elt), gens(generators))
        }
        ExprKind::GeneratorExp { elt, generators } => {
            format!("(Gen {} {})", sx(elt), gens(generators))
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => format!("(DictComp {} {} {})", sx(key), sx(value), gens(generators)),
        ExprKind::Yield(v) => match v {
            Some(v) => format!("(Yield {})", sx(v)),
            None => "(Yield)".into(),
        },
        ExprKind::YieldFrom(v) => format!("(YieldFrom {})", sx(v)),
        ExprKind::Await(v) => format!("(Await {})", sx(v)),
        ExprKind::NamedExpr { target, value } => format!("(:= {} {})", sx(target), sx(value)),
        ExprKind::JoinedStr(parts) => format!("(F {})", fparts(parts)),
    }
}

fn fparts(parts: &[FStringPart]) -> String {
    parts
        .iter()
        .map(|p| match p {
            FStringPart::Literal(s) => format!("{s:?}"),
            FStringPart::Value {
                value,
                conversion,
                spec,
                debug_text,
            } => {
                let mut s = format!("{{{}", sx(value));
                if let Some(d) = debug_text {
                    s += &format!(" dbg={d:?}");
                }
                if let Some(c) = conversion {
                    s += &format!(" !{c}");
                }
                if let Some(sp) = spec {
                    s += &format!(" :[{}]", fparts(sp));
                }
                s + "}"
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn list(v: &[Expr]) -> String {
    v.iter().map(sx).collect::<Vec<_>>().join(" ")
}

fn gens(g: &[Comprehension]) -> String {
    g.iter()
        .map(|c| {
            let mut s = format!("for {} in {}", sx(&c.target), sx(&c.iter));
            for i in &c.ifs {
                s += &format!(" if {}", sx(i));
            }
            s
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn ps(p: &Params) -> String {
    let one = |a: &Param| {
        let mut s = a.name.clone();
        if let Some(an) = &a.annotation {
            s += &format!(":{}", sx(an));
        }
        if let Some(d) = &a.default {
            s += &format!("={}", sx(d));
        }
        s
    };
    let mut out = vec![];
    for a in &p.posonly {
        out.push(one(a));
    }
    if !p.posonly.is_empty() {
        out.push("/".into());
    }
    for a in &p.args {
        out.push(one(a));
    }
    match &p.vararg {
        Some(a) => out.push(format!("*{}", one(a))),
        None if !p.kwonly.is_empty() => out.push("*".into()),
        None => {}
    }
    for a in &p.kwonly {
        out.push(one(a));
    }
    if let Some(a) = &p.kwarg {
        out.push(format!("**{}", one(a)));
    }
    format!("[{}]", out.join(", "))
}

fn expr(src: &str) -> String {
    let m = parse_module(src).unwrap_or_else(|e| panic!("{src:?}: {e:?}"));
    match &m.body[0].kind {
        StmtKind::Expr(e) => sx(e),
        k => panic!("not an expression statement: {k:?}"),
    }
}

fn stmts(src: &str) -> Vec<Stmt> {
    parse_module(src)
        .unwrap_or_else(|e| panic!("{src:?}: {e:?}"))
        .body
}

fn err(src: &str) -> SyntaxError {
    match parse_module(src) {
        Ok(m) => panic!("{src:?} parsed: {m:?}"),
        Err(e) => e,
    }
}

fn msg(src: &str) -> String {
    err(src).message
}

#[test]
fn precedence() {
    assert_eq!(expr("-2**2"), "(Neg (Pow 2 2))");
    assert_eq!(expr("2**-1"), "(Pow 2 (Neg 1))");
    assert_eq!(expr("2**3**2"), "(Pow 2 (Pow 3 2))");
    assert_eq!(expr("1 + 2 * 3 - 4"), "(Sub (Add 1 (Mul 2 3)) 4)");
    assert_eq!(
        expr("a | b ^ c & d << e + f @ g"),
        "(BitOr a (BitXor b (BitAnd c (LShift d (Add e (MatMul f g))))))"
    );
    assert_eq!(expr("a or b and not c"), "(Or a (And b (Not c)))");
    assert_eq!(expr("not a == b"), "(Not (Cmp a Eq b))");
    assert_eq!(
        expr("a < b <= c is not d not in e"),
        "(Cmp a Lt b LtE c IsNot d NotIn e)"
    );
    assert_eq!(expr("a if b else c if d else e"), "(If b a (If d c e))");
    assert_eq!(expr("~x // y % z"), "(Mod (FloorDiv (Invert x) y) z)");
    assert_eq!(expr("a.b(c)[d].e"), "a.b(c)[d].e");
    assert_eq!(expr("await x ** 2"), "(Pow (Await x) 2)");
    assert_eq!(expr("lambda: x if y else z"), "(Lambda [] (If y x z))");
}

#[test]
fn atoms_and_displays() {
    assert_eq!(expr("()"), "(Tuple )");
    assert_eq!(expr("(1,)"), "(Tuple 1)");
    assert_eq!(expr("(1)"), "1");
    assert_eq!(expr("1, 2,"), "(Tuple 1 2)");
    assert_eq!(expr("[*a, *b, c,]"), "(List *a *b c)");
    assert_eq!(expr("{**a, 'x': 1}"), "(Dict **a \"x\":1)");
    assert_eq!(expr("{}"), "(Dict )");
    assert_eq!(expr("{1, *s}"), "(Set 1 *s)");
    assert_eq!(expr("..."), "...");
    assert_eq!(expr("None, True, False"), "(Tuple None True False)");
    assert_eq!(expr("(yield)"), "(Yield)");
    assert_eq!(expr("(x := 5)"), "(:= x 5)");
    assert_eq!(expr("[y := 1, 2]"), "(List (:= y 1) 2)");
}

#[test]
fn numbers_in_ast() {
    assert_eq!(expr("1_000"), "1000");
    assert_eq!(expr("0XFF"), "0xff");
    assert_eq!(expr("0o17 + 0b1"), "(Add 0o17 0b1)");
    assert_eq!(expr("1. + .5 + 1e-3"), "(Add (Add 1.0 0.5) 0.001)");
    assert_eq!(expr("3j"), "3.0j");
    assert_eq!(
        msg("x = 012"),
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers"
    );
    assert_eq!(msg("x = 1abc"), "invalid decimal literal");
}

#[test]
fn subscripts_and_slices() {
    assert_eq!(expr("a[1:2:3]"), "a[(Slice 1 2 3)]");
    assert_eq!(expr("a[:, 1]"), "a[(Tuple (Slice   ) 1)]");
    assert_eq!(expr("a[1:2, ::3]"), "a[(Tuple (Slice 1 2 ) (Slice   3))]");
    assert_eq!(expr("a[::]"), "a[(Slice   )]");
    assert_eq!(expr("a[1,]"), "a[(Tuple 1)]");
    assert_eq!(expr("a[*b]"), "a[*b]");
    assert_eq!(expr("a[x:=1]"), "a[(:= x 1)]");
}

#[test]
fn calls() {
    assert_eq!(expr("print(x, end='')"), "print(x, end=\"\")");
    assert_eq!(expr("f(*a, **k)"), "f(*a, **k)");
    assert_eq!(expr("f(x for x in y)"), "f((Gen x for x in y))");
    assert_eq!(expr("f(a, *b, c=1, *d, **e,)"), "f(a, *b, *d, c=1, **e)");
    assert_eq!(
        expr("f(lambda x: x, key=lambda y: -y)"),
        "f((Lambda [x] x), key=(Lambda [y] (Neg y)))"
    );
    assert_eq!(expr("f(a := 1)"), "f((:= a 1))");
    assert_eq!(
        msg("f(**k, *a)"),
        "iterable argument unpacking follows keyword argument unpacking"
    );
    assert_eq!(
        msg("f(a=1, b)"),
        "positional argument follows keyword argument"
    );
    assert_eq!(
        msg("f(**k, a)"),
        "positional argument follows keyword argument unpacking"
    );
    assert_eq!(
        msg("f(x for x in y, 1)"),
        "Generator expression must be parenthesized"
    );
    assert_eq!(
        msg("f(a+1=2)"),
        "expression cannot contain assignment, perhaps you meant \"==\"?"
    );
    assert_eq!(msg("f(True=1)"), "cannot assign to True");
    assert_eq!(msg("f(a=1, a=2)"), "keyword argument repeated: a");
}

#[test]
fn comprehensions() {
    assert_eq!(
        expr("[x for x in y if x if z for w in x]"),
        "(ListComp x for x in y if x if z for w in x)"
    );
    assert_eq!(
        expr("{k: v for k, v in d}"),
        "(DictComp k v for (Tuple k v) in d)"
    );
    assert_eq!(expr("{x for x in s}"), "(SetComp x for x in s)");
    assert_eq!(expr("(x for x in s)"), "(Gen x for x in s)");
    assert_eq!(
        expr("[a if b else c for a in d]"),
        "(ListComp (If b a c) for a in d)"
    );
    assert_eq!(msg("[x for f() in y]"), "cannot assign to function call");
}

#[test]
fn lambdas_and_params() {
    assert_eq!(expr("lambda: 0"), "(Lambda [] 0)");
    assert_eq!(
        expr("lambda a, b=1, /, c=2, *args, d, e=3, **kw: a"),
        "(Lambda [a, b=1, /, c=2, *args, d, e=3, **kw] a)"
    );
    assert_eq!(expr("lambda *, k: k"), "(Lambda [*, k] k)");
    let s = stmts("def f(a: int, b: str = 'x', *args: int, c, **kw: dict) -> bool:\n    pass\n");
    let StmtKind::FunctionDef(f) = &s[0].kind else {
        panic!()
    };
    assert_eq!(
        ps(&f.params),
        "[a:int, b:str=\"x\", *args:int, c, **kw:dict]"
    );
    assert_eq!(sx(f.returns.as_ref().unwrap()), "bool");
    assert_eq!(&src_of("def f(a, b) -> x:\n  pass\n"), "def f(a, b) -> x");
    assert_eq!(
        msg("def f(a=1, b): pass"),
        "non-default argument follows default argument"
    );
    assert_eq!(
        msg("def f(*, **k): pass"),
        "named arguments must follow bare *"
    );
    assert_eq!(msg("def f(*): pass"), "named arguments must follow bare *");
    assert_eq!(
        msg("def f(**k, a): pass"),
        "arguments cannot follow var-keyword argument"
    );
    assert_eq!(
        msg("def f(a, a): pass"),
        "duplicate argument 'a' in function definition"
    );
    assert_eq!(
        msg("def f(/): pass"),
        "at least one argument must precede /"
    );
    assert_eq!(
        msg("lambda x=1, y: 1"),
        "non-default argument follows default argument"
    );
}

fn src_of(src: &str) -> String {
    let s = stmts(src);
    let StmtKind::FunctionDef(f) = &s[0].kind else {
        panic!()
    };
    src[f.span.start as usize..f.span.end as usize].to_string()
}

#[test]
fn assignments() {
    let s = stmts("a = b = 1\n");
    let StmtKind::Assign { targets, value } = &s[0].kind else {
        panic!()
    };
    assert_eq!(list(targets), "a b");
    assert_eq!(sx(value), "1");
    let s = stmts("a, *rest = [x.y, z[0]] = f()\n");
    let StmtKind::Assign { targets, .. } = &s[0].kind else {
        panic!()
    };
    assert_eq!(list(targets), "(Tuple a *rest) (List x.y z[0])");
    let s = stmts("x: int = 3\ny: list\n");
    assert!(matches!(
        &s[0].kind,
        StmtKind::AnnAssign { value: Some(_), .. }
    ));
    assert!(matches!(
        &s[1].kind,
        StmtKind::AnnAssign { value: None, .. }
    ));
    let s = stmts("x **= 2\ny //= 3\nz @= w\n");
    assert!(matches!(
        &s[0].kind,
        StmtKind::AugAssign { op: BinOp::Pow, .. }
    ));
    assert!(matches!(
        &s[1].kind,
        StmtKind::AugAssign {
            op: BinOp::FloorDiv,
            ..
        }
    ));
    assert!(matches!(
        &s[2].kind,
        StmtKind::AugAssign {
            op: BinOp::MatMul,
            ..
        }
    ));
    let s = stmts("x = yield y\n");
    let StmtKind::Assign { value, .. } = &s[0].kind else {
        panic!()
    };
    assert_eq!(sx(value), "(Yield y)");
    let s = stmts("match = 1\nmatch.x = match\n");
    assert_eq!(s.len(), 2);
}

#[test]
fn assignment_errors() {
    let cases = [
        (
            "f() = 1",
            "cannot assign to function call here. Maybe you meant '==' instead of '='?",
        ),
        (
            "1 = x",
            "cannot assign to literal here. Maybe you meant '==' instead of '='?",
        ),
        (
            "a + 1 = 2",
            "cannot assign to expression here. Maybe you meant '==' instead of '='?",
        ),
        ("(a, f()) = 1", "cannot assign to function call"),
        (
            "a, f() = 1",
            "cannot assign to function call here. Maybe you meant '==' instead of '='?",
        ),
        ("x = f() = 1", "cannot assign to function call"),
        ("for f() in x: pass", "cannot assign to function call"),
        ("del f()", "cannot delete function call"),
        ("del a + 1", "cannot delete expression"),
        ("del *a", "cannot delete starred"),
        (
            "a + 1 += 2",
            "'expression' is an illegal expression for augmented assignment",
        ),
        (
            "(a, b) += 1",
            "'tuple' is an illegal expression for augmented assignment",
        ),
        ("with a as f(): pass", "cannot assign to function call"),
        ("None = 1", "cannot assign to None"),
        ("True = 1", "cannot assign to True"),
        (
            "x if y else z = 1",
            "cannot assign to conditional expression",
        ),
        ("lambda: 1 = 2", "cannot assign to lambda"),
        (
            "(f() := 1)",
            "cannot use assignment expressions with function call",
        ),
        (
            "((a,b) := 1)",
            "cannot use assignment expressions with tuple",
        ),
        (
            "*a = 1",
            "starred assignment target must be in a list or tuple",
        ),
        ("*a, *b = 1", "multiple starred expressions in assignment"),
        (
            "x = yield = 3",
            "assignment to yield expression not possible",
        ),
        ("(*a) = 1", "cannot use starred expression here"),
        ("x = *a", "can't use starred expression here"),
        (
            "a, b: int",
            "only single target (not tuple) can be annotated",
        ),
        (
            "[a, b]: int",
            "only single target (not list) can be annotated",
        ),
        ("f(): int", "illegal target for annotation"),
        ("a := 1", "invalid syntax"),
    ];
    for (src, want) in cases {
        assert_eq!(msg(src), want, "{src}");
    }
    let e = err("x = 1\nf() = 1\n");
    assert_eq!(e.span, Span::new(6, 9));
    stmts("[*a] = 1\nx = *a,\ndel (a, b), [c]\na[*b] = 1\n");
}

#[test]
fn compound_statements() {
    let s = stmts(
        "if a:\n    pass\nelif b:\n    x = 1\nelif c: y\nelse:\n    z\n\
         while x: break\nelse: continue\n\
         for i, j in x, y:\n    pass\nelse:\n    pass\n",
    );
    assert_eq!(s.len(), 3);
    let StmtKind::If { orelse, .. } = &s[0].kind else {
        panic!()
    };
    let StmtKind::If { orelse: o2, .. } = &orelse[0].kind else {
        panic!()
    };
    let StmtKind::If { orelse: o3, .. } = &o2[0].kind else {
        panic!()
    };
    assert!(matches!(o3[0].kind, StmtKind::Expr(_)));
    assert!(matches!(&s[1].kind, StmtKind::While { orelse, .. } if orelse.len() == 1));
    let StmtKind::For { target, iter, .. } = &s[2].kind else {
        panic!()
    };
    assert_eq!(sx(target), "(Tuple i j)");
    assert_eq!(sx(iter), "(Tuple x y)");
    // spans of compound statements end at their last statement
    let src = "if x:\n    y = 1\n\n# c\nz\n";
    let s = stmts(src);
    assert_eq!(
        &src[s[0].span.start as usize..s[0].span.end as usize],
        "if x:\n    y = 1"
    );
}

#[test]
fn try_with_raise() {
    let s = stmts(
        "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nexcept C:\n    raise\n\
         except:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    );
    let StmtKind::Try {
        handlers,
        orelse,
        finalbody,
        ..
    } = &s[0].kind
    else {
        panic!()
    };
    assert_eq!(handlers.len(), 3);
    assert_eq!(handlers[0].name.as_deref(), Some("e"));
    assert_eq!(sx(handlers[0].typ.as_ref().unwrap()), "(Tuple A B)");
    assert!(matches!(
        &handlers[0].body[0].kind,
        StmtKind::Raise {
            exc: Some(_),
            cause: Some(_)
        }
    ));
    assert!(matches!(
        &handlers[1].body[0].kind,
        StmtKind::Raise {
            exc: None,
            cause: None
        }
    ));
    assert!(handlers[2].typ.is_none());
    assert_eq!((orelse.len(), finalbody.len()), (1, 1));
    stmts("try:\n    pass\nfinally:\n    pass\n");
    assert_eq!(
        msg("try:\n  pass\nexcept:\n  pass\nexcept E:\n  pass\n"),
        "default 'except:' must be last"
    );
    assert_eq!(
        msg("try:\n  pass\nexcept A, B: pass\n"),
        "multiple exception types must be parenthesized"
    );
    assert!(msg("try:\n  pass\nexcept* E: pass\n").contains("not supported"));
    assert_eq!(
        msg("try:\n  pass\nx = 1\n"),
        "expected 'except' or 'finally' block"
    );

    for src in [
        "with a as b, c as d: pass\n",
        "with (a as b, c as d,): pass\n",
        "with (a as b,\n      c):\n    pass\n",
    ] {
        let s = stmts(src);
        let StmtKind::With { items, .. } = &s[0].kind else {
            panic!()
        };
        assert_eq!(items.len(), 2, "{src}");
        assert_eq!(sx(&items[0].context), "a");
        assert_eq!(sx(items[0].target.as_ref().unwrap()), "b");
    }
    let s = stmts("with (a, b) as c: pass\nwith (a).b as (c, d): pass\nwith (yield):\n  pass\n");
    let StmtKind::With { items, .. } = &s[0].kind else {
        panic!()
    };
    assert_eq!(sx(&items[0].context), "(Tuple a b)");
    let StmtKind::With { items, .. } = &s[1].kind else {
        panic!()
    };
    assert_eq!(sx(items[0].target.as_ref().unwrap()), "(Tuple c d)");
}

#[test]
fn defs_classes_decorators() {
    let s = stmts(
        "@dec\n@a.b(c)\n@x[0] or y\ndef f():\n    '''doc'''\n    return 1, 2\n\n\
         class A(B, metaclass=M, **kw):\n    x = 1\n    def g(self): pass\n\nclass C: pass\n",
    );
    let StmtKind::FunctionDef(f) = &s[0].kind else {
        panic!()
    };
    assert_eq!(list(&f.decorators), "dec a.b(c) (Or x[0] y)");
    assert!(
        matches!(&f.body[0].kind, StmtKind::Expr(Expr { kind: ExprKind::Constant(Constant::Str(d)), .. }) if d == "doc")
    );
    // the statement starts at `def`, as in CPython
    assert_eq!(s[0].span.start, 24);
    let StmtKind::ClassDef(c) = &s[1].kind else {
        panic!()
    };
    assert_eq!(list(&c.bases), "B");
    assert_eq!(c.keywords.len(), 2);
    assert_eq!(c.keywords[0].arg.as_deref(), Some("metaclass"));
    assert!(c.keywords[1].arg.is_none());
    assert_eq!(c.body.len(), 2);
    assert!(matches!(&s[2].kind, StmtKind::ClassDef(c) if c.bases.is_empty()));
}

#[test]
fn simple_statements() {
    let s = stmts(
        "import a.b.c as d, e\nfrom .x import (a as b, c,)\nfrom x import *\nfrom ... import y\n\
         from .. a import b\nglobal g, h\nnonlocal n\nassert x, 'm'\ndel a, b[0]\npass; x = 1; y;\n\
         if x: y = 1; z = 2\n",
    );
    match &s[0].kind {
        StmtKind::Import(a) => {
            assert_eq!(a[0].name, "a.b.c");
            assert_eq!(a[0].asname.as_deref(), Some("d"));
            assert_eq!(a[1].name, "e");
        }
        k => panic!("{k:?}"),
    }
    match &s[1].kind {
        StmtKind::ImportFrom {
            module,
            level,
            names,
            star,
        } => {
            assert_eq!(
                (module.as_deref(), *level, names.len(), *star),
                (Some("x"), 1, 2, false)
            );
        }
        k => panic!("{k:?}"),
    }
    assert!(matches!(
        &s[2].kind,
        StmtKind::ImportFrom {
            star: true,
            level: 0,
            ..
        }
    ));
    assert!(matches!(
        &s[3].kind,
        StmtKind::ImportFrom {
            module: None,
            level: 3,
            ..
        }
    ));
    assert!(matches!(&s[4].kind, StmtKind::ImportFrom { level: 2, .. }));
    assert!(matches!(&s[5].kind, StmtKind::Global(n) if n.len() == 2));
    assert!(matches!(&s[6].kind, StmtKind::Nonlocal(_)));
    assert!(matches!(&s[7].kind, StmtKind::Assert { msg: Some(_), .. }));
    assert!(matches!(&s[8].kind, StmtKind::Delete(t) if t.len() == 2));
    assert!(matches!(s[9].kind, StmtKind::Pass));
    assert!(matches!(s[10].kind, StmtKind::Assign { .. }));
    assert!(matches!(s[11].kind, StmtKind::Expr(_)));
    assert!(matches!(&s[12].kind, StmtKind::If { body, .. } if body.len() == 2));
    assert_eq!(s.len(), 13);
    assert_eq!(msg("import a.b as c.d"), "invalid syntax");
    assert_eq!(msg("from x import (*)"), "invalid syntax");
}

#[test]
fn strings_and_concatenation() {
    assert_eq!(expr(r#""a" 'b' """c""""#), "\"abc\"");
    assert_eq!(expr(r#"b"a" rb'\n'"#), "b\"a\\\\n\"");
    assert_eq!(expr(r#""a" f"{x}" "b""#), "(F \"a\" {x} \"b\")");
    assert_eq!(
        msg("x = 'a' b'b'"),
        "cannot mix bytes and nonbytes literals"
    );
    assert_eq!(expr("'\\d'"), "\"\\\\d\"");
    assert_eq!(
        msg("\"\\N{DASH}\""),
        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-7: unknown Unicode character name"
    );
    assert_eq!(expr("'\\N{EM DASH}'"), "\"\u{2014}\"");
}

#[test]
fn fstrings() {
    assert_eq!(
        expr("f'{x!r:>{w}.{p}f}'"),
        "(F {x !r :[\">\" {w} \".\" {p} \"f\"]})"
    );
    assert_eq!(expr("f'{x=}'"), "(F {x dbg=\"x=\" !r})");
    assert_eq!(expr("f'{x = }'"), "(F {x dbg=\"x = \" !r})");
    assert_eq!(expr("f'{x=:>10}'"), "(F {x dbg=\"x=\" :[\">10\"]})");
    assert_eq!(expr("f'{x=!s}'"), "(F {x dbg=\"x=\" !s})");
    assert_eq!(expr("f'{{lit}} {a}}}'"), "(F \"{lit} \" {a} \"}\")");
    assert_eq!(expr("f'{a[\"k\"]!a}'"), "(F {a[\"k\"] !a})");
    assert_eq!(
        expr("f'{x == y} {x != y} {x >= 1}'"),
        "(F {(Cmp x Eq y)} \" \" {(Cmp x NotEq y)} \" \" {(Cmp x GtE 1)})"
    );
    assert_eq!(expr("f'{(lambda: 1)()}'"), "(F {(Lambda [] 1)()})");
    assert_eq!(expr("f'{d[1:2]}'"), "(F {d[(Slice 1 2 )]})");
    assert_eq!(expr("f'a\\tb{x}\\n'"), "(F \"a\\tb\" {x} \"\\n\")");
    assert_eq!(expr("rf'\\d{x}'"), "(F \"\\\\d\" {x})");
    assert_eq!(expr("f'{f\"{y}\"}'"), "(F {(F {y})})");
    assert_eq!(expr("f'''{\nx\n}'''"), "(F {x})");
    assert_eq!(expr("f''"), "(F )");
    // spans of inner expressions point into the original source
    let src = "y = f'ab{xyz}'";
    let s = stmts(src);
    let StmtKind::Assign { value, .. } = &s[0].kind else {
        panic!()
    };
    let ExprKind::JoinedStr(parts) = &value.kind else {
        panic!()
    };
    let FStringPart::Value { value: v, .. } = &parts[1] else {
        panic!()
    };
    assert_eq!(&src[v.span.start as usize..v.span.end as usize], "xyz");
    let errs = [
        ("f'{}'", "f-string: empty expression not allowed"),
        (
            "f'{x!z}'",
            "f-string: invalid conversion character: expected 's', 'r', or 'a'",
        ),
        ("f'{x}}'", "f-string: single '}' is not allowed"),
        (
            "f'{a\\n}'",
            "f-string expression part cannot include a backslash",
        ),
        ("f'{a#}'", "f-string expression part cannot include '#'"),
        ("f'{'", "f-string: expecting '}'"),
        ("f'{x!r }'", "f-string: expecting '}'"),
        ("f'{x:{w:{z}}}'", "f-string: expressions nested too deeply"),
        ("f'{lambda x: 1}'", "f-string: invalid syntax"),
        ("f'{a b}'", "f-string: invalid syntax"),
    ];
    for (src, want) in errs {
        assert_eq!(msg(src), want, "{src}");
    }
}

#[test]
fn syntax_error_messages() {
    let cases: &[(&str, &str, SyntaxErrorKind, bool)] = &[
        (
            "print x",
            "Missing parentheses in call to 'print'. Did you mean print(...)?",
            SyntaxErrorKind::SyntaxError,
            false,
        ),
        (
            "if x\n",
            "expected ':'",
            SyntaxErrorKind::SyntaxError,
            false,
        ),
        (
            "class A\n",
            "expected ':'",
            SyntaxErrorKind::SyntaxError,
            false,
        ),
        (
            "def f()\n",
            "expected ':'",
            SyntaxErrorKind::SyntaxError,
            false,
        ),
        (
            "for x in y\n",
            "expected ':'",
            SyntaxErrorKind::SyntaxError,
            false,
        ),
        (
            "if x:\npass\n",
            "expected an indented block after 'if' statement on line 1",
            SyntaxErrorKind::IndentationError,
            false,
        ),
        (
            "x = 1\ndef f():\npass\n",
            "expected an indented block after function definition on line 2",
            SyntaxErrorKind::IndentationError,
            false,
        ),
        (
            "class A:\npass",
            "expected an indented block after class definition on line 1",
            SyntaxErrorKind::IndentationError,
            false,
        ),
        (
            "  x = 1\n",
            "unexpected indent",
            SyntaxErrorKind::IndentationError,
            false,
        ),
        (
            "if x:\n    a\n  b\n",
            "unindent does not match any outer indentation level",
            SyntaxErrorKind::IndentationError,
            false,
        ),
        (
            "x = (1,\n",
            "'(' was never closed",
            SyntaxErrorKind::SyntaxError,
            true,
        ),
        (
            "x = 1)\n",
            "unmatched ')'",
            SyntaxErrorKind::SyntaxError,
            false,
        ),
        (
            "x = (1]\n",
            "closing parenthesis ']' does not match opening parenthesis '('",
            SyntaxErrorKind::SyntaxError,
            false,
        ),
        (
            "x = 'abc\n",
            "unterminated string literal (detected at line 1)",
            SyntaxErrorKind::SyntaxError,
            false,
        ),
        (
            "x = '''abc\n\n",
            "unterminated triple-quoted string literal (detected at line 2)",
            SyntaxErrorKind::SyntaxError,
            true,
        ),
        (
            "a = 1 if 2\n",
            "expected 'else' after 'if' expression",
            SyntaxErrorKind::SyntaxError,
            false,
        ),
        (
            "x = 1 +\n",
            "invalid syntax",
            SyntaxErrorKind::SyntaxError,
            false,
        ),
        (
            "x = $\n",
            "invalid syntax",
            SyntaxErrorKind::SyntaxError,
            false,
        ),
        (
            "x = €\n",
            "invalid character '€' (U+20AC)",
            SyntaxErrorKind::SyntaxError,
            false,
        ),
        (
            "match x:\n    case 1: pass\n",
            "invalid syntax",
            SyntaxErrorKind::SyntaxError,
            false,
        ),
    ];
    for (src, want, kind, incomplete) in cases {
        let e = err(src);
        assert_eq!(&e.message, want, "{src:?}");
        assert_eq!(e.kind, *kind, "{src:?}");
        assert_eq!(e.incomplete, *incomplete, "{src:?}");
    }
    let e = err("print x\n");
    assert_eq!(e.hint.as_deref(), Some("print is a function: print(x)"));
    assert_eq!(e.span, Span::new(0, 7));
    assert_eq!(
        err("if x\n").hint.as_deref(),
        Some("add ':' at the end of the line")
    );
    // an earlier parse error wins over a later tokenizer error
    assert_eq!(msg("x = = 1\ny = (\n"), "invalid syntax");
}

#[test]
fn incomplete_input() {
    for src in [
        "if x:",
        "if x:\n",
        "def f():\n",
        "class A:\n",
        "@dec\n",
        "x = (1,\n 2,",
        "x = [\n",
        "s = '''abc\n",
        "x = 1 + \\\n",
        "if x:\n  pass\nelse:",
        "def f():\n  try:\n    pass\n",
        "try:\n  pass\n",
        "for x in y:\n  if x:\n",
    ] {
        let e = err(src);
        assert!(e.incomplete, "{src:?}: {e:?}");
    }
    for src in ["x = 1 +\n", "x = 'abc\n", "x = )\n", "if x\n", "print x\n"] {
        let e = err(src);
        assert!(!e.incomplete, "{src:?}: {e:?}");
    }
    // complete inputs parse
    for src in [
        "if x:\n  pass\n",
        "def f():\n  return 1\n",
        "x = (1,\n 2)\n",
        "",
    ] {
        parse_module(src).unwrap();
    }
}

#[test]
fn indentation_and_continuation() {
    let s = stmts(
        "def f():\n\tif x:\n\t\treturn [1,\n  2]\n\n\t# comment\n\telse:\n\t\treturn \\\n  3\n\n\nx = 1  # trailing\n",
    );
    assert_eq!(s.len(), 2);
    let s = stmts("x = 1\r\ny = 2\r\n");
    assert_eq!(s.len(), 2);
    let s = stmts("\n\n# only comments\n   \nx\n");
    assert_eq!(s.len(), 1);
    assert_eq!(stmts("").len(), 0);
    assert_eq!(stmts("# just a comment").len(), 0);
}

#[test]
fn expression_entry_point() {
    let e = parse_expression("1 +\n 2").unwrap();
    assert_eq!(sx(&e), "(Add 1 2)");
    assert!(parse_expression("x = 1").is_err());
}

#[test]
fn large_input_is_fast() {
    let mut src = String::new();
    for i in 0..2000 {
        src += &format!(
            "def f{i}(a, b=1, *c, **d):\n    x = [a + b * {i}, f'{{a!r}}', \"s\"]\n    if x and not b:\n        return {{k: v for k, v in d.items()}}\n    return (a, b)\n"
        );
    }
    let t = std::time::Instant::now();
    let m = parse_module(&src).unwrap();
    assert_eq!(m.body.len(), 2000);
    // generous bound: tests run unoptimized
    assert!(t.elapsed().as_millis() < 2000, "{:?}", t.elapsed());
}
