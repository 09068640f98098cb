//! Control flow: if/while/for, and break/continue/return, which must
//! unwind every enclosing try/with/loop block on their way out.

use super::unit::{Block, Label};
use super::{CResult, Compiler, NameCtx, error};
use crate::ast::{Expr, Span, Stmt};
use crate::bytecode::Op;

impl<'a> Compiler<'a> {
    pub(crate) fn if_stmt(
        &mut self,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let else_label = self.new_label();
        self.jump_if(test, false, else_label)?;
        self.stmts(body)?;
        if orelse.is_empty() {
            self.bind(else_label);
            return Ok(());
        }
        let end = self.new_label();
        self.emit_jump(Op::Jump, end);
        self.bind(else_label);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    pub(crate) fn while_stmt(
        &mut self,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let start = self.new_label();
        let else_label = self.new_label();
        let end = self.new_label();
        self.bind(start);
        if !Self::is_always_true(test) {
            self.jump_if(test, false, else_label)?;
        }
        self.in_block(Block::While { start, end }, |c| c.stmts(body))?;
        self.emit_jump(Op::Jump, start);
        self.bind(else_label);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    pub(crate) fn for_stmt(
        &mut self,
        span: Span,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let start = self.new_label();
        let exhausted = self.new_label();
        let end = self.new_label();
        self.expr(iter)?;
        self.with_span(iter.span, |c| c.emit(Op::GetIter));
        self.bind(start);
        self.with_span(span, |c| c.emit_jump(Op::ForIter, exhausted));
        self.store_target(target)?;
        self.in_block(Block::For { start, end }, |c| c.stmts(body))?;
        self.emit_jump(Op::Jump, start);
        // ForIter popped the iterator when it jumped here.
        self.bind(exhausted);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// Compiles `f` with `block` on the static block stack.
    pub(crate) fn in_block<T>(
        &mut self,
        block: Block<'a>,
        f: impl FnOnce(&mut Self) -> CResult<T>,
    ) -> CResult<T> {
        self.u().blocks.push(block);
        let r = f(self);
        self.u().blocks.pop();
        r
    }

    pub(crate) fn break_stmt(&mut self, span: Span) -> CResult {
        let Some(loop_block) = self.unwind_to_loop(span, "'break' outside loop")? else {
            unreachable!()
        };
        match loop_block {
            Block::For { end, .. } => {
                // Drop the loop's iterator: the exit skips ForIter's pop.
                self.emit(Op::Pop);
                self.emit_jump(Op::Jump, end);
            }
            Block::While { end, .. } => self.emit_jump(Op::Jump, end),
            _ => unreachable!(),
        }
        Ok(())
    }

    pub(crate) fn continue_stmt(&mut self, span: Span) -> CResult {
        let Some(loop_block) = self.unwind_to_loop(span, "'continue' not properly in loop")? else {
            unreachable!()
        };
        let start: Label = match loop_block {
            Block::For { start, .. } | Block::While { start, .. } => start,
            _ => unreachable!(),
        };
        self.emit_jump(Op::Jump, start);
        Ok(())
    }

    /// Unwinds the blocks inside the innermost loop and returns that loop,
    /// or the given error when there is no loop in this code object.
    fn unwind_to_loop(&mut self, span: Span, message: &str) -> CResult<Option<Block<'a>>> {
        let has_loop = self
            .unit()
            .blocks
            .iter()
            .any(|b| matches!(b, Block::For { .. } | Block::While { .. }));
        if !has_loop {
            return error(message, span);
        }
        self.unwind_blocks(false, true)
    }

    pub(crate) fn return_stmt(&mut self, span: Span, value: Option<&'a Expr>) -> CResult {
        if !self.unit().kind.is_function_like() {
            return error("'return' outside function", span);
        }
        // The value is computed first and kept on top while blocks unwind.
        match value {
            Some(v) => self.expr(v)?,
            None => self.load_none(),
        }
        self.unwind_blocks(true, false)?;
        self.emit(Op::ReturnValue);
        Ok(())
    }

    /// Emits the exit code of enclosing blocks, innermost first, stopping at
    /// a loop when `stop_at_loop` (returned). `preserve_top` keeps the value
    /// on top of the stack (the return value) above everything popped.
    /// Each block is taken off the static stack while its exit code is
    /// compiled (a finally body must not see itself) and put back after.
    fn unwind_blocks(
        &mut self,
        preserve_top: bool,
        stop_at_loop: bool,
    ) -> CResult<Option<Block<'a>>> {
        let Some(block) = self.u().blocks.pop() else {
            return Ok(None);
        };
        if stop_at_loop && matches!(block, Block::For { .. } | Block::While { .. }) {
            self.u().blocks.push(block);
            return Ok(Some(block));
        }
        let r = self
            .unwind_block(block, preserve_top)
            .and_then(|_| self.unwind_blocks(preserve_top, stop_at_loop));
        self.u().blocks.push(block);
        r
    }

    /// Exit code for leaving one block early.
    fn unwind_block(&mut self, block: Block<'a>, preserve_top: bool) -> CResult {
        match block {
            Block::While { .. } => {}
            Block::For { .. } | Block::PopValue => self.pop_below_top(preserve_top),
            Block::TryExcept => self.emit(Op::PopBlock),
            Block::TryFinally(finalbody) => {
                self.emit(Op::PopBlock);
                // The finally body runs inline; a break or return inside it
                // must drop the value we keep on the stack.
                if preserve_top {
                    self.in_block(Block::PopValue, |c| c.stmts(finalbody))?;
                } else {
                    self.stmts(finalbody)?;
                }
            }
            Block::FinallyEnd => {
                self.pop_below_top(preserve_top);
                self.emit(Op::PopExcept);
            }
            Block::Handler(name) => {
                if name.is_some() {
                    self.emit(Op::PopBlock);
                }
                self.emit(Op::PopExcept);
                if let Some(name) = name {
                    self.clear_handler_name(name);
                }
            }
            Block::With => {
                self.emit(Op::PopBlock);
                if preserve_top {
                    self.emit(Op::Rot2);
                }
                self.call_exit_with_nones();
            }
        }
        Ok(())
    }

    /// Pops the value just below the top (or the top itself).
    fn pop_below_top(&mut self, preserve_top: bool) {
        if preserve_top {
            self.emit(Op::Rot2);
        }
        self.emit(Op::Pop);
    }

    /// `except E as e:` ends with `e = None; del e` so the exception (and
    /// its traceback) is not kept alive by the variable.
    pub(crate) fn clear_handler_name(&mut self, name: &str) {
        self.load_none();
        self.name_op(name, NameCtx::Store);
        self.name_op(name, NameCtx::Del);
    }

    /// [exit] -> []: calls `exit(None, None, None)` and drops the result.
    pub(crate) fn call_exit_with_nones(&mut self) {
        self.load_none();
        self.load_none();
        self.load_none();
        self.emit(Op::Call(3));
        self.emit(Op::Pop);
    }
}
