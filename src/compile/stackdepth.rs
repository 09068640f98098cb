//! Operand-stack depth analysis over finished bytecode: every instruction's
//! effect, followed along both edges of every branch (like CPython's
//! `stackdepth()`), gives `max_stack` and lets tests check that the depth
//! never goes negative and agrees wherever control flow merges.

use crate::bytecode::Op;

/// Stack effect of `op`, on the jump edge when `jump` is true.
pub fn effect(op: Op, jump: bool) -> i32 {
    use Op::*;
    match op {
        LoadConst(_) | Dup | LoadFast(_) | LoadDeref(_) | LoadClosure(_) | LoadClassDeref(_)
        | LoadGlobal(_) | LoadName(_) | LoadMethod(_) | LoadBuildClass | LoadAssertionError
        | ImportFrom(_) | WithExceptStart => 1,
        DupTwo => 2,
        Rot2 | Rot3 | Rot4 | DeleteFast(_) | DeleteDeref(_) | DeleteGlobal(_) | DeleteName(_)
        | LoadAttr(_) | UnaryOp(_) | CheckExcMatch | Jump(_) | GetIter | ListToTuple | PopBlock
        | PopExcept | YieldValue | GetYieldFromIter | Nop => 0,
        Pop | StoreFast(_) | StoreDeref(_) | StoreGlobal(_) | StoreName(_) | DeleteAttr(_)
        | BinarySubscr | BinaryOp(_) | InplaceOp(_) | CompareOp(_) | PopJumpIfFalse(_)
        | PopJumpIfTrue(_) | ListAppend(_) | SetAdd(_) | ListExtend(_) | SetUpdate(_)
        | DictUpdate(_) | DictMerge(_) | ReturnValue | Reraise | YieldFrom | ImportName(_)
        | ImportStar | PrintExpr | StoreAnnotation(_) => -1,
        StoreAttr(_) | DeleteSubscr | MapAdd(_) => -2,
        StoreSubscr => -3,
        BuildSlice(n) | BuildTuple(n) | BuildList(n) | BuildSet(n) | BuildString(n) => 1 - n as i32,
        BuildMap(n) => 1 - 2 * n as i32,
        JumpIfFalseOrPop(_) | JumpIfTrueOrPop(_) => {
            if jump {
                0
            } else {
                -1
            }
        }
        ForIter(_) => {
            if jump {
                -1
            } else {
                1
            }
        }
        FormatValue(f) => -((f & 4 != 0) as i32),
        UnpackSequence(n) => n as i32 - 1,
        UnpackEx(n) => (n & 0xff) as i32 + (n >> 8) as i32,
        Call(n) => -(n as i32),
        CallKw(n) | CallMethod(n) => -(n as i32) - 1,
        CallEx(f) => -1 - (f & 1) as i32,
        MakeFunction(f) => -((f & 1 != 0) as i32 + (f & 2 != 0) as i32 + (f & 8 != 0) as i32),
        // Handler entry pushes the exception onto the height at setup.
        SetupFinally(_) => jump as i32,
        // [mgr] -> [exit, enter_result] or, at the handler, [exit, exc].
        SetupWith(_) => 1,
        Raise(n) => -(n as i32),
    }
}

/// The jump target of a branching instruction.
pub fn jump_target(op: Op) -> Option<u32> {
    use Op::*;
    match op {
        Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | JumpIfFalseOrPop(t)
        | JumpIfTrueOrPop(t) | ForIter(t) | SetupFinally(t) | SetupWith(t) => Some(t),
        _ => None,
    }
}

/// Instructions after which control never falls through.
pub fn is_terminator(op: Op) -> bool {
    matches!(
        op,
        Op::Jump(_) | Op::ReturnValue | Op::Raise(_) | Op::Reraise
    )
}

/// Depth before each reachable instruction (None: unreachable).
/// Errors describe a negative depth or inconsistent depths at a merge.
pub fn depths(ops: &[Op]) -> Result<Vec<Option<u32>>, String> {
    let mut depth: Vec<Option<u32>> = vec![None; ops.len()];
    let mut work = vec![(0usize, 0i32)];
    while let Some((at, d)) = work.pop() {
        if at >= ops.len() {
            return Err(format!("control flows past the end (from depth {d})"));
        }
        match depth[at] {
            Some(known) if known as i32 == d => continue,
            Some(known) => {
                return Err(format!("depth {d} vs {known} at instruction {at}"));
            }
            None => depth[at] = Some(d as u32),
        }
        let op = ops[at];
        if let Some(t) = jump_target(op) {
            let dj = d + effect(op, true);
            if dj < 0 {
                return Err(format!("negative depth on jump from {at}"));
            }
            work.push((t as usize, dj));
        }
        if !is_terminator(op) {
            let df = d + effect(op, false);
            if df < 0 {
                return Err(format!("negative depth after instruction {at} ({op:?})"));
            }
            work.push((at + 1, df));
        }
    }
    Ok(depth)
}

/// The deepest the stack gets, including values pushed by the deepest
/// instruction itself.
pub fn max_stack(ops: &[Op]) -> u32 {
    let depths = match depths(ops) {
        Ok(d) => d,
        Err(e) => {
            debug_assert!(false, "bad stack depth: {e}");
            return ops.len() as u32 + 8;
        }
    };
    let mut max = 0;
    for (op, d) in ops.iter().zip(&depths) {
        let Some(d) = *d else { continue };
        let after = (d as i32 + effect(*op, false).max(effect(*op, true))).max(0) as u32;
        max = max.max(d).max(after);
    }
    max
}
