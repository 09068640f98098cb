//! Compiler tests: real source through the parser, checked for structural
//! soundness (jump targets, stack depth), scope decisions, qualnames,
//! SyntaxErrors and disassembly snapshots; plus a few hand-built ASTs.

use super::stackdepth;
use super::*;
use crate::ast::*;
use crate::bytecode::Code;

fn compile_mode(src: &str, mode: Mode) -> Result<Rc<Code>, CompileError> {
    let module =
        crate::parser::parse_module(src).unwrap_or_else(|e| panic!("parse error {e} in:\n{src}"));
    compile_module(&module, Rc::new(SourceFile::new("<test>", src)), mode)
}

fn compile_ok(src: &str) -> Rc<Code> {
    let code = compile_mode(src, Mode::Exec).unwrap_or_else(|e| panic!("{e:?} in:\n{src}"));
    check_code(&code);
    code
}

fn compile_err(src: &str) -> String {
    match compile_mode(src, Mode::Exec) {
        Ok(_) => panic!("expected a SyntaxError for:\n{src}"),
        Err(e) => e.message,
    }
}

fn all_codes(code: &Rc<Code>) -> Vec<Rc<Code>> {
    let mut out = vec![code.clone()];
    for c in &code.consts {
        if let Value::Code(inner) = c {
            out.extend(all_codes(inner));
        }
    }
    out
}

fn find(code: &Rc<Code>, qualname: &str) -> Rc<Code> {
    all_codes(code)
        .into_iter()
        .find(|c| c.qualname.as_str() == qualname)
        .unwrap_or_else(|| panic!("no code object {qualname}"))
}

fn strs(v: &[crate::value::Str]) -> Vec<&str> {
    v.iter().map(|s| s.as_str()).collect()
}

/// Jump targets in range, operands in range, spans parallel to ops, and a
/// consistent, non-negative stack depth within max_stack.
fn check_code(root: &Rc<Code>) {
    for code in all_codes(root) {
        let q = code.qualname.as_str();
        assert_eq!(code.ops.len(), code.spans.len(), "{q}: spans");
        for (i, op) in code.ops.iter().enumerate() {
            if let Some(t) = stackdepth::jump_target(*op) {
                assert!(
                    (t as usize) < code.ops.len(),
                    "{q}: jump out of range at {i}"
                );
            }
            check_operand(&code, *op);
        }
        let depths = stackdepth::depths(&code.ops)
            .unwrap_or_else(|e| panic!("{q}: {e}\n{}", disassemble(&code)));
        for (op, d) in code.ops.iter().zip(&depths) {
            if let Some(d) = d {
                let after = *d as i32 + stackdepth::effect(*op, false);
                assert!(after <= code.max_stack as i32, "{q}: max_stack exceeded");
            }
        }
        assert!(
            code.ops
                .last()
                .is_some_and(|op| stackdepth::is_terminator(*op)),
            "{q}: code must end in a terminator"
        );
    }
}

fn check_operand(code: &Code, op: Op) {
    use Op::*;
    let ncells = (code.cellvars.len() + code.freevars.len()) as u32;
    match op {
        LoadConst(i) => assert!((i as usize) < code.consts.len()),
        LoadFast(i) | StoreFast(i) | DeleteFast(i) => assert!((i as usize) < code.varnames.len()),
        LoadDeref(i) | StoreDeref(i) | DeleteDeref(i) | LoadClosure(i) | LoadClassDeref(i) => {
            assert!(i < ncells)
        }
        LoadGlobal(i) | StoreGlobal(i) | DeleteGlobal(i) | LoadName(i) | StoreName(i)
        | DeleteName(i) | LoadAttr(i) | StoreAttr(i) | DeleteAttr(i) | LoadMethod(i)
        | ImportName(i) | ImportFrom(i) | StoreAnnotation(i) => {
            assert!((i as usize) < code.names.len())
        }
        _ => {}
    }
}

fn ops_of(code: &Code) -> Vec<Op> {
    code.ops.clone()
}

mod errors;
mod handmade;
mod programs;
mod scopes;
mod snapshots;
