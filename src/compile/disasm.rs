//! Human-readable listing of code objects, for `pyproc --dis` and tests.

use crate::bytecode::{Code, Op};
use crate::value::Value;
use std::fmt::Write;

/// Lists `code` and, after it, every code object among its constants.
pub fn disassemble(code: &Code) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out);
    out
}

fn disassemble_into(code: &Code, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code {}> ({}:{}):",
        code.qualname.as_str(),
        code.source.filename,
        code.first_line
    );
    write_header(code, out);
    let mut last_line = 0;
    for (i, op) in code.ops.iter().enumerate() {
        let line = code.line_at(i);
        let line_col = if line != last_line {
            last_line = line;
            line.to_string()
        } else {
            String::new()
        };
        let (name, arg) = op_parts(*op);
        let arg = arg.map(|a| a.to_string()).unwrap_or_default();
        let meaning = describe(code, *op);
        let text = format!("{line_col:>4} {i:>5} {name:<18} {arg:>4} {meaning}");
        let _ = writeln!(out, "{}", text.trim_end());
    }
    for c in &code.consts {
        if let Value::Code(inner) = c {
            out.push('\n');
            disassemble_into(inner, out);
        }
    }
}

/// Counts, flags and variable tables, when non-trivial.
fn write_header(code: &Code, out: &mut String) {
    let join =
        |v: &[crate::value::Str]| v.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ");
    let _ = writeln!(
        out,
        "  args={} posonly={} kwonly={} flags={:#x} max_stack={}",
        code.argcount, code.posonlyargcount, code.kwonlyargcount, code.flags, code.max_stack
    );
    for (label, names) in [
        ("varnames", &code.varnames),
        ("cellvars", &code.cellvars),
        ("freevars", &code.freevars),
    ] {
        if !names.is_empty() {
            let _ = writeln!(out, "  {label}: {}", join(names));
        }
    }
}

/// The instruction's name and operand, from its Debug form (`Call(2)`).
fn op_parts(op: Op) -> (String, Option<u32>) {
    let text = format!("{op:?}");
    match text.split_once('(') {
        Some((name, rest)) => (name.to_string(), rest.trim_end_matches(')').parse().ok()),
        None => (text, None),
    }
}

fn name_at(v: &[crate::value::Str], i: u32) -> String {
    v.get(i as usize)
        .map_or("?".to_string(), |s| s.as_str().to_string())
}

fn cell_name(code: &Code, i: u32) -> String {
    let i = i as usize;
    let name = if i < code.cellvars.len() {
        code.cellvars.get(i)
    } else {
        code.freevars.get(i - code.cellvars.len())
    };
    name.map_or("?".to_string(), |s| s.as_str().to_string())
}

const BINOPS: [&str; 13] = [
    "+", "-", "*", "@", "/", "//", "%", "**", "<<", ">>", "|", "^", "&",
];
const UNARY: [&str; 4] = ["not", "-", "+", "~"];
const CMPS: [&str; 10] = [
    "==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in",
];

fn pick(table: &[&str], i: u32) -> String {
    table.get(i as usize).unwrap_or(&"?").to_string()
}

/// The operand's meaning in parentheses: a constant's repr, a name, an
/// operator, a jump target.
fn describe(code: &Code, op: Op) -> String {
    use Op::*;
    let meaning = match op {
        LoadConst(i) => code
            .consts
            .get(i as usize)
            .map_or("?".to_string(), |v| format!("{v:?}")),
        LoadFast(i) | StoreFast(i) | DeleteFast(i) => name_at(&code.varnames, i),
        LoadDeref(i) | StoreDeref(i) | DeleteDeref(i) | LoadClosure(i) | LoadClassDeref(i) => {
            cell_name(code, i)
        }
        LoadGlobal(i) | StoreGlobal(i) | DeleteGlobal(i) | LoadName(i) | StoreName(i)
        | DeleteName(i) | LoadAttr(i) | StoreAttr(i) | DeleteAttr(i) | LoadMethod(i)
        | ImportName(i) | ImportFrom(i) | StoreAnnotation(i) => name_at(&code.names, i),
        BinaryOp(i) => pick(&BINOPS, i),
        InplaceOp(i) => format!("{}=", pick(&BINOPS, i)),
        UnaryOp(i) => pick(&UNARY, i),
        CompareOp(i) => pick(&CMPS, i),
        Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | JumpIfFalseOrPop(t)
        | JumpIfTrueOrPop(t) | ForIter(t) | SetupFinally(t) | SetupWith(t) => format!("to {t}"),
        FormatValue(f) => {
            let conv = ["", "!s", "!r", "!a"][(f & 3) as usize];
            let spec = if f & 4 != 0 { " with spec" } else { "" };
            format!("{conv}{spec}")
        }
        UnpackEx(n) => format!("{} before, {} after", n & 0xff, n >> 8),
        MakeFunction(f) => {
            let parts: Vec<&str> = [(1, "defaults"), (2, "kwdefaults"), (8, "closure")]
                .iter()
                .filter(|(b, _)| f & b != 0)
                .map(|(_, n)| *n)
                .collect();
            parts.join(", ")
        }
        _ => String::new(),
    };
    if meaning.is_empty() {
        meaning
    } else {
        format!("({meaning})")
    }
}
