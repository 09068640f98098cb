//! Hand-built ASTs, independent of the parser.

use super::*;

fn sp(start: usize, end: usize) -> Span {
    Span::new(start, end)
}

fn expr(kind: ExprKind) -> Expr {
    Expr {
        span: sp(0, 1),
        kind,
    }
}

fn name(n: &str) -> Expr {
    expr(ExprKind::Name(n.to_string()))
}

fn int(text: &str) -> Expr {
    expr(ExprKind::Constant(Constant::Int(text.to_string())))
}

fn stmt(kind: StmtKind) -> Stmt {
    Stmt {
        span: sp(0, 1),
        kind,
    }
}

fn compile_ast(body: Vec<Stmt>) -> Result<Rc<Code>, CompileError> {
    let module = Module { body };
    compile_module(
        &module,
        Rc::new(SourceFile::new("<ast>", "x\n")),
        Mode::Exec,
    )
}

#[test]
fn assignment_of_a_sum() {
    let value = expr(ExprKind::BinOp {
        left: Box::new(int("1")),
        op: BinOp::Add,
        right: Box::new(name("y")),
    });
    let code = compile_ast(vec![stmt(StmtKind::Assign {
        targets: vec![name("x")],
        value,
    })])
    .unwrap();
    check_code(&code);
    assert_eq!(
        ops_of(&code),
        [
            Op::LoadConst(0),
            Op::LoadName(0),
            Op::BinaryOp(BinOp::Add as u32),
            Op::StoreName(1),
            Op::LoadConst(1),
            Op::ReturnValue
        ]
    );
}

#[test]
fn break_outside_loop_is_an_error() {
    let err = compile_ast(vec![stmt(StmtKind::Break)]).unwrap_err();
    assert_eq!(err.message, "'break' outside loop");
}

#[test]
fn while_loop_with_break() {
    let body = vec![stmt(StmtKind::Break)];
    let code = compile_ast(vec![stmt(StmtKind::While {
        test: name("c"),
        body,
        orelse: vec![stmt(StmtKind::Pass)],
    })])
    .unwrap();
    check_code(&code);
    assert_eq!(
        ops_of(&code),
        [
            Op::LoadName(0),
            Op::PopJumpIfFalse(4),
            Op::Jump(4),
            Op::Jump(0),
            Op::LoadConst(0),
            Op::ReturnValue
        ]
    );
}

#[test]
fn imaginary_literal_is_unsupported() {
    let e = expr(ExprKind::Constant(Constant::Imaginary(1.0)));
    let err = compile_ast(vec![stmt(StmtKind::Expr(e))]).unwrap_err();
    assert!(err.message.contains("not supported by pyproc yet"));
}
