//! Statements: dispatch, expression statements and imports. Control flow,
//! exceptions, assignment and definitions live in their own files.

use super::scope::ScopeKind;
use super::{CResult, Compiler, Mode, NameCtx};
use crate::ast::{Alias, Expr, ExprKind, Stmt, StmtKind};
use crate::bytecode::Op;

impl<'a> Compiler<'a> {
    pub(crate) fn stmts(&mut self, stmts: &'a [Stmt]) -> CResult {
        stmts.iter().try_for_each(|s| self.stmt(s))
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult {
        self.with_span(s.span, |c| c.stmt_kind(s))
    }

    fn stmt_kind(&mut self, s: &'a Stmt) -> CResult {
        match &s.kind {
            StmtKind::Expr(e) => self.expr_stmt(e)?,
            StmtKind::Assign { targets, value } => self.assign(targets, value)?,
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => self.ann_assign(target, annotation, value.as_ref())?,
            StmtKind::If { test, body, orelse } => self.if_stmt(test, body, orelse)?,
            StmtKind::While { test, body, orelse } => self.while_stmt(test, body, orelse)?,
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => self.for_stmt(s.span, target, iter, body, orelse)?,
            StmtKind::Break => self.break_stmt(s.span)?,
            StmtKind::Continue => self.continue_stmt(s.span)?,
            StmtKind::Pass => {}
            StmtKind::Return(value) => self.return_stmt(s.span, value.as_ref())?,
            StmtKind::FunctionDef(f) => self.function_def(f)?,
            StmtKind::ClassDef(c) => self.class_def(c)?,
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_stmt(body, handlers, orelse, finalbody)?,
            StmtKind::Raise { exc, cause } => self.raise_stmt(exc.as_ref(), cause.as_ref())?,
            StmtKind::With { items, body } => self.with_stmt(items, body)?,
            StmtKind::Assert { test, msg } => self.assert_stmt(test, msg.as_ref())?,
            StmtKind::Delete(targets) => targets.iter().try_for_each(|t| self.delete(t))?,
            StmtKind::Import(aliases) => aliases.iter().try_for_each(|a| self.import(a))?,
            StmtKind::ImportFrom {
                module,
                level,
                names,
                star,
            } => self.import_from(module.as_deref(), *level, names, *star)?,
            // Scope declarations only affect the symbol table.
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
        }
        Ok(())
    }

    /// In the REPL, expression statements of the module print their value;
    /// elsewhere the value is dropped (and a bare constant emits nothing).
    fn expr_stmt(&mut self, e: &'a Expr) -> CResult {
        let repl = self.mode == Mode::Repl && self.unit().kind == ScopeKind::Module;
        if !repl && let ExprKind::Constant(c) = &e.kind {
            // Still rejects unsupported literals.
            super::constant::literal(c, e.span)?;
            return Ok(());
        }
        self.expr(e)?;
        self.emit(if repl { Op::PrintExpr } else { Op::Pop });
        Ok(())
    }

    /// `import a.b.c` binds `a` to the top package; `import a.b.c as d`
    /// binds `d` to the leaf module, reached by attribute from the top.
    fn import(&mut self, alias: &'a Alias) -> CResult {
        self.with_span(alias.span, |c| {
            c.load_int(0);
            c.load_none();
            let i = c.name_index(&alias.name);
            c.emit(Op::ImportName(i));
            match &alias.asname {
                Some(asname) => {
                    for part in alias.name.split('.').skip(1) {
                        let i = c.name_index(part);
                        c.emit(Op::LoadAttr(i));
                    }
                    c.name_op(asname, NameCtx::Store);
                }
                None => {
                    let top = alias.name.split('.').next().unwrap_or("");
                    c.name_op(top, NameCtx::Store);
                }
            }
        });
        Ok(())
    }

    /// `from m import a as b, c`: one ImportName with the fromlist, one
    /// ImportFrom per name, then the module is dropped.
    fn import_from(
        &mut self,
        module: Option<&str>,
        level: u32,
        names: &'a [Alias],
        star: bool,
    ) -> CResult {
        self.load_int(level as i64);
        if star {
            self.load_str_tuple(&["*"]);
        } else {
            let list: Vec<&str> = names.iter().map(|a| a.name.as_str()).collect();
            self.load_str_tuple(&list);
        }
        let i = self.name_index(module.unwrap_or(""));
        self.emit(Op::ImportName(i));
        if star {
            self.emit(Op::ImportStar);
            return Ok(());
        }
        for alias in names {
            self.with_span(alias.span, |c| {
                let i = c.name_index(&alias.name);
                c.emit(Op::ImportFrom(i));
                c.name_op(
                    alias.asname.as_deref().unwrap_or(&alias.name),
                    NameCtx::Store,
                );
            });
        }
        self.emit(Op::Pop);
        Ok(())
    }
}
