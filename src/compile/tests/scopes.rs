//! Scope decisions, qualnames, flags and code-object metadata.

use super::*;
use crate::bytecode::flags;

#[test]
fn captured_local_becomes_cell_and_free() {
    let code = compile_ok("def f():\n    x = 1\n    def g():\n        return x\n    return g\n");
    let f = find(&code, "f");
    let g = find(&code, "f.<locals>.g");
    assert_eq!(strs(&f.cellvars), ["x"]);
    assert_eq!(strs(&g.freevars), ["x"]);
    assert!(ops_of(&f).contains(&Op::StoreDeref(0)));
    assert!(ops_of(&f).contains(&Op::LoadClosure(0)));
    assert!(ops_of(&f).contains(&Op::MakeFunction(8)));
    assert!(ops_of(&g).contains(&Op::LoadDeref(0)));
}

#[test]
fn captured_parameter_is_a_cell_param() {
    let code = compile_ok("def f(a, b):\n    def g():\n        return b\n    return g\n");
    let f = find(&code, "f");
    assert_eq!(strs(&f.varnames), ["a", "b", "g"]);
    assert_eq!(strs(&f.cellvars), ["b"]);
    assert_eq!(f.cell_params, [(0, 1)]);
}

#[test]
fn class_body_reads_enclosing_function_variable_with_class_deref() {
    let code = compile_ok("def f():\n    x = 1\n    class C:\n        y = x\n    return C\n");
    let c = find(&code, "f.<locals>.C");
    assert_eq!(strs(&c.freevars), ["x"]);
    assert!(ops_of(&c).contains(&Op::LoadClassDeref(0)));
    assert!(c.has_flag(flags::CLASS_BODY));
}

#[test]
fn super_creates_class_cell_returned_by_the_body() {
    let code = compile_ok("class A:\n    def m(self):\n        return super().m()\n");
    let a = find(&code, "A");
    assert_eq!(strs(&a.cellvars), ["__class__"]);
    let ops = ops_of(&a);
    assert_eq!(&ops[ops.len() - 2..], [Op::LoadClosure(0), Op::ReturnValue]);
    assert_eq!(strs(&find(&code, "A.m").freevars), ["__class__"]);
}

#[test]
fn plain_class_body_returns_none() {
    let code = compile_ok("class A:\n    x = 1\n");
    let a = find(&code, "A");
    assert!(a.cellvars.is_empty());
    assert!(
        matches!(a.consts[a.consts.len() - 1], Value::None) || a.consts.iter().any(|c| c.is_none())
    );
}

#[test]
fn globals_and_implicit_globals() {
    let code = compile_ok("def f():\n    global g\n    g = len\n");
    let f = find(&code, "f");
    assert_eq!(
        f.names.iter().map(|n| n.as_str()).collect::<Vec<_>>(),
        ["len", "g"]
    );
    assert_eq!(ops_of(&f)[..2], [Op::LoadGlobal(0), Op::StoreGlobal(1)]);
    // The module's own `g` is then explicit too, as in CPython.
    let code = compile_ok("def f():\n    global g\ng = 1\n");
    assert!(ops_of(&code).contains(&Op::StoreGlobal(1)));
}

#[test]
fn module_and_class_names_use_the_namespace() {
    let code = compile_ok("x = 1\nprint(x)\n");
    assert_eq!(ops_of(&code)[1], Op::StoreName(0));
    assert!(ops_of(&code).contains(&Op::LoadName(1)));
}

#[test]
fn qualnames_follow_cpython() {
    let src = "def f():\n    def g():\n        pass\n    class C:\n        def m(self):\n            return lambda: [x for x in ()]\n\nclass K:\n    def n(self):\n        pass\n    class Inner:\n        pass\ndef h():\n    global G\n    def G():\n        pass\n";
    let code = compile_ok(src);
    let names: Vec<String> = all_codes(&code)
        .iter()
        .map(|c| c.qualname.as_str().to_string())
        .collect();
    for q in [
        "f",
        "f.<locals>.g",
        "f.<locals>.C",
        "f.<locals>.C.m",
        "f.<locals>.C.m.<locals>.<lambda>",
        "f.<locals>.C.m.<locals>.<lambda>.<locals>.<listcomp>",
        "K.n",
        "K.Inner",
        "G",
    ] {
        assert!(names.iter().any(|n| n == q), "missing {q} in {names:?}");
    }
}

#[test]
fn comprehension_is_a_function_of_dot_zero() {
    let code = compile_ok("def f(y):\n    return [x + y for x in y]\n");
    let comp = find(&code, "f.<locals>.<listcomp>");
    assert_eq!(
        strs(&comp.varnames),
        ["x", ".0"].iter().rev().cloned().collect::<Vec<_>>()
    );
    assert_eq!(comp.argcount, 1);
    assert!(comp.has_flag(flags::COMPREHENSION));
    assert!(!comp.has_flag(flags::GENERATOR));
    assert_eq!(strs(&comp.freevars), ["y"]);
    let f = find(&code, "f");
    let ops = ops_of(&f);
    let call = ops.iter().position(|o| *o == Op::Call(1)).unwrap();
    assert_eq!(ops[call - 1], Op::GetIter);
    let genexp = compile_ok("g = (x for x in y)\n");
    assert!(find(&genexp, "<genexpr>").has_flag(flags::GENERATOR));
}

#[test]
fn walrus_in_comprehension_binds_outside() {
    let code = compile_ok("def f():\n    [y := x for x in range(2)]\n    return y\n");
    assert_eq!(strs(&find(&code, "f").cellvars), ["y"]);
    assert_eq!(strs(&find(&code, "f.<locals>.<listcomp>").freevars), ["y"]);
    let code = compile_ok("[y := x for x in range(2)]\n");
    assert!(ops_of(&find(&code, "<listcomp>")).contains(&Op::StoreGlobal(0)));
}

#[test]
fn private_names_are_mangled() {
    let code = compile_ok(
        "class _A:\n    __x = 1\n    def m(self, __p):\n        return self.__y, __dunder__\n",
    );
    let a = find(&code, "_A");
    assert!(strs(&a.names).contains(&"_A__x"));
    let m = find(&code, "_A.m");
    assert_eq!(strs(&m.varnames), ["self", "_A__p"]);
    assert!(strs(&m.names).contains(&"_A__y"));
    assert!(strs(&m.names).contains(&"__dunder__"));
}

#[test]
fn parameters_flags_and_counts() {
    let code =
        compile_ok("def f(a, b=1, /, c=2, *args, d, e=3, **kw):\n    '''Doc.'''\n    yield\n");
    let f = find(&code, "f");
    assert_eq!(strs(&f.varnames), ["a", "b", "c", "d", "e", "args", "kw"]);
    assert_eq!((f.argcount, f.posonlyargcount, f.kwonlyargcount), (3, 2, 2));
    assert!(
        f.has_flag(flags::VARARGS)
            && f.has_flag(flags::VARKEYWORDS)
            && f.has_flag(flags::GENERATOR)
    );
    assert_eq!(f.doc.as_ref().map(|d| d.as_str()), Some("Doc."));
    // Defaults tuple and kw-only defaults dict.
    assert!(ops_of(&code).contains(&Op::MakeFunction(3)));
}

#[test]
fn decorated_function_starts_at_first_decorator() {
    let code = compile_ok("\n@a\n@b\ndef f():\n    pass\n");
    assert_eq!(find(&code, "f").first_line, 2);
}

#[test]
fn repl_mode_prints_top_level_expressions() {
    let code = compile_mode("1 + 1\nif x:\n    x\ndef f():\n    x\n", Mode::Repl).unwrap();
    assert_eq!(
        ops_of(&code)
            .iter()
            .filter(|o| **o == Op::PrintExpr)
            .count(),
        2
    );
    assert!(!ops_of(&find(&code, "f")).contains(&Op::PrintExpr));
}

#[test]
fn int_literals_fold_to_ints_and_big_ints() {
    let code =
        compile_ok("a = 0x1f\nb = 0o17\nc = 0b101\nd = 123456789012345678901234567890\ne = -5\n");
    let ints: Vec<String> = code.consts.iter().map(|c| format!("{c:?}")).collect();
    for v in ["31", "15", "5", "123456789012345678901234567890", "-5"] {
        assert!(ints.contains(&v.to_string()), "{v} in {ints:?}");
    }
}

#[test]
fn spans_give_the_line_of_the_sub_expression() {
    let code = compile_ok("x = foo(\n    1,\n    bar())\n");
    let ops = ops_of(&code);
    let calls: Vec<usize> = ops
        .iter()
        .enumerate()
        .filter(|(_, o)| matches!(o, Op::Call(_)))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(code.line_at(calls[0]), 3, "bar() is on line 3");
    assert_eq!(code.line_at(calls[1]), 1, "foo(...) starts on line 1");
}

#[test]
fn debug_is_the_constant_true() {
    let code = compile_ok("if __debug__:\n    pass\n");
    assert!(!strs(&code.names).contains(&"__debug__"));
    assert!(code.consts.iter().any(|c| matches!(c, Value::Bool(true))));
}
