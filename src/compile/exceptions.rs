//! try/except/else/finally, with, raise and assert, following the
//! SetupFinally/PopBlock/PopExcept/Reraise protocol of the instruction set.
//! A handler is entered with the exception pushed on the stack height of
//! its SetupFinally and an except-handler block active.

use super::unit::Block;
use super::{CResult, Compiler, NameCtx, error};
use crate::ast::{ExceptHandler, Expr, Stmt, WithItem};
use crate::bytecode::Op;

impl<'a> Compiler<'a> {
    pub(crate) fn try_stmt(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult {
        if finalbody.is_empty() {
            return self.try_except(body, handlers, orelse);
        }
        self.try_finally(finalbody, |c| {
            if handlers.is_empty() {
                c.stmts(body)
            } else {
                c.try_except(body, handlers, orelse)
            }
        })
    }

    /// ```text
    ///     SetupFinally F; <protected>; PopBlock; <finalbody>; Jump END
    /// F:  [exc] <finalbody>; Reraise
    /// END:
    /// ```
    fn try_finally(
        &mut self,
        finalbody: &'a [Stmt],
        protected: impl FnOnce(&mut Self) -> CResult,
    ) -> CResult {
        let handler = self.new_label();
        let end = self.new_label();
        self.emit_jump(Op::SetupFinally, handler);
        self.in_block(Block::TryFinally(finalbody), protected)?;
        self.emit(Op::PopBlock);
        self.stmts(finalbody)?;
        self.emit_jump(Op::Jump, end);
        self.bind(handler);
        self.in_block(Block::FinallyEnd, |c| c.stmts(finalbody))?;
        self.emit(Op::Reraise);
        self.bind(end);
        Ok(())
    }

    /// ```text
    ///     SetupFinally H; <body>; PopBlock; <orelse>; Jump END
    /// H:  [exc] per clause: <type>; CheckExcMatch; PopJumpIfFalse NEXT;
    ///     <clause body>; PopExcept; Jump END
    ///     NEXT: ...
    ///     Reraise            (no clause matched)
    /// END:
    /// ```
    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let handler = self.new_label();
        let end = self.new_label();
        self.emit_jump(Op::SetupFinally, handler);
        self.in_block(Block::TryExcept, |c| c.stmts(body))?;
        self.emit(Op::PopBlock);
        self.stmts(orelse)?;
        self.emit_jump(Op::Jump, end);
        self.bind(handler);
        for (i, h) in handlers.iter().enumerate() {
            if h.typ.is_none() && i + 1 < handlers.len() {
                return error("default 'except:' must be last", h.span);
            }
            self.with_span(h.span, |c| c.except_clause(h, end))?;
        }
        self.emit(Op::Reraise);
        self.bind(end);
        Ok(())
    }

    /// One `except` clause; falls through to the next clause (exception
    /// still on the stack) when it does not match.
    fn except_clause(&mut self, h: &'a ExceptHandler, end: super::unit::Label) -> CResult {
        let next = self.new_label();
        if let Some(typ) = &h.typ {
            self.expr(typ)?;
            self.emit(Op::CheckExcMatch);
            self.emit_jump(Op::PopJumpIfFalse, next);
        }
        match &h.name {
            Some(name) => self.named_handler_body(name, &h.body)?,
            None => {
                self.emit(Op::Pop);
                self.in_block(Block::Handler(None), |c| c.stmts(&h.body))?;
                self.emit(Op::PopExcept);
            }
        }
        self.emit_jump(Op::Jump, end);
        self.bind(next);
        Ok(())
    }

    /// `except E as name:` binds the exception, and unbinds it when the
    /// clause ends, normally or by another exception (the cleanup handler).
    fn named_handler_body(&mut self, name: &'a str, body: &'a [Stmt]) -> CResult {
        let cleanup = self.new_label();
        let done = self.new_label();
        self.name_op(name, NameCtx::Store);
        self.emit_jump(Op::SetupFinally, cleanup);
        self.in_block(Block::Handler(Some(name)), |c| c.stmts(body))?;
        self.emit(Op::PopBlock);
        self.emit(Op::PopExcept);
        self.clear_handler_name(name);
        self.emit_jump(Op::Jump, done);
        self.bind(cleanup);
        self.clear_handler_name(name);
        self.emit(Op::Reraise);
        self.bind(done);
        Ok(())
    }

    /// Several items nest: `with a, b:` is `with a: with b:`.
    pub(crate) fn with_stmt(&mut self, items: &'a [WithItem], body: &'a [Stmt]) -> CResult {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        self.with_item(item, |c| c.with_stmt(rest, body))
    }

    /// ```text
    ///     <mgr>; SetupWith H          -> [exit, enter_result]
    ///     <store target | Pop>; <body>; PopBlock; exit(None, None, None); Jump END
    /// H:  [exit, exc] WithExceptStart; PopJumpIfTrue SUPPRESS; Reraise
    /// SUPPRESS: Pop; PopExcept; Pop
    /// END:
    /// ```
    fn with_item(
        &mut self,
        item: &'a WithItem,
        inner: impl FnOnce(&mut Self) -> CResult,
    ) -> CResult {
        let handler = self.new_label();
        let suppress = self.new_label();
        let end = self.new_label();
        self.expr(&item.context)?;
        self.with_span(item.context.span, |c| c.emit_jump(Op::SetupWith, handler));
        self.in_block(Block::With, |c| {
            match &item.target {
                Some(t) => c.store_target(t)?,
                None => c.emit(Op::Pop),
            }
            inner(c)
        })?;
        self.with_span(item.context.span, |c| {
            c.emit(Op::PopBlock);
            c.call_exit_with_nones();
            c.emit_jump(Op::Jump, end);
            c.bind(handler);
            c.emit(Op::WithExceptStart);
            c.emit_jump(Op::PopJumpIfTrue, suppress);
            c.emit(Op::Reraise);
            c.bind(suppress);
            c.emit(Op::Pop);
            c.emit(Op::PopExcept);
            c.emit(Op::Pop);
        });
        self.bind(end);
        Ok(())
    }

    pub(crate) fn raise_stmt(&mut self, exc: Option<&'a Expr>, cause: Option<&'a Expr>) -> CResult {
        let mut n = 0;
        if let Some(e) = exc {
            self.expr(e)?;
            n = 1;
            if let Some(c) = cause {
                self.expr(c)?;
                n = 2;
            }
        }
        self.emit(Op::Raise(n));
        Ok(())
    }

    pub(crate) fn assert_stmt(&mut self, test: &'a Expr, msg: Option<&'a Expr>) -> CResult {
        let end = self.new_label();
        self.jump_if(test, true, end)?;
        self.emit(Op::LoadAssertionError);
        if let Some(m) = msg {
            self.expr(m)?;
            self.emit(Op::Call(1));
        }
        self.emit(Op::Raise(1));
        self.bind(end);
        Ok(())
    }
}
