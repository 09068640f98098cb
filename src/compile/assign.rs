//! Assignment targets: plain, chained, augmented and annotated assignment,
//! unpacking, and `del`.

use super::{CResult, Compiler, NameCtx, error};
use crate::ast::{BinOp, Expr, ExprKind};
use crate::bytecode::Op;

/// CPython's wording for an expression that cannot be assigned to.
fn target_description(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Call { .. } => "function call",
        ExprKind::Constant(_) => "literal",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::BoolOp { .. } => "expression",
        ExprKind::Compare { .. } => "comparison",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::JoinedStr(_) => "f-string expression",
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
        ExprKind::Await(_) => "await expression",
        ExprKind::NamedExpr { .. } => "named expression",
        _ => "expression",
    }
}

impl<'a> Compiler<'a> {
    /// `a = b = value`: the value is duplicated for every target but the
    /// last, and targets are assigned left to right.
    pub(crate) fn assign(&mut self, targets: &'a [Expr], value: &'a Expr) -> CResult {
        self.expr(value)?;
        for (i, t) in targets.iter().enumerate() {
            if i + 1 < targets.len() {
                self.emit(Op::Dup);
            }
            self.store_target(t)?;
        }
        Ok(())
    }

    /// Stores the value on top of the stack into a target.
    pub(crate) fn store_target(&mut self, t: &'a Expr) -> CResult {
        self.with_span(t.span, |c| c.store_target_kind(t))
    }

    fn store_target_kind(&mut self, t: &'a Expr) -> CResult {
        match &t.kind {
            ExprKind::Name(name) => self.name_op(name, NameCtx::Store),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.attr_index(attr);
                self.emit(Op::StoreAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.subscript_index(index)?;
                self.emit(Op::StoreSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => self.unpack(items)?,
            ExprKind::Starred(_) => {
                return error(
                    "starred assignment target must be in a list or tuple",
                    t.span,
                );
            }
            _ => {
                return error(
                    format!("cannot assign to {}", target_description(t)),
                    t.span,
                );
            }
        }
        Ok(())
    }

    /// `a, *b, c = seq`: UnpackSequence, or UnpackEx around one starred
    /// target; the items come off the stack first target first.
    fn unpack(&mut self, items: &'a [Expr]) -> CResult {
        let mut star = None;
        for (i, item) in items.iter().enumerate() {
            if matches!(item.kind, ExprKind::Starred(_)) {
                if star.is_some() {
                    return error("multiple starred expressions in assignment", item.span);
                }
                star = Some(i);
            }
        }
        match star {
            None => self.emit(Op::UnpackSequence(items.len() as u32)),
            Some(before) => {
                let after = items.len() - before - 1;
                if before >= 256 || after >= (1 << 24) {
                    return error(
                        "too many expressions in star-unpacking assignment",
                        items[0].span,
                    );
                }
                self.emit(Op::UnpackEx(before as u32 | (after as u32) << 8));
            }
        }
        for item in items {
            match &item.kind {
                ExprKind::Starred(inner) => self.store_target(inner)?,
                _ => self.store_target(item)?,
            }
        }
        Ok(())
    }

    /// `x op= v`: the container and index are evaluated once and kept
    /// below the result for the store.
    pub(crate) fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> CResult {
        let op = op as u32;
        match &target.kind {
            ExprKind::Name(name) => {
                self.with_span(target.span, |c| c.name_op(name, NameCtx::Load));
                self.expr(value)?;
                self.emit(Op::InplaceOp(op));
                self.with_span(target.span, |c| c.name_op(name, NameCtx::Store));
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                let i = self.attr_index(attr);
                self.with_span(target.span, |c| {
                    c.emit(Op::Dup);
                    c.emit(Op::LoadAttr(i));
                });
                self.expr(value)?;
                self.emit(Op::InplaceOp(op));
                // [obj, result] -> [result, obj] for StoreAttr.
                self.with_span(target.span, |c| {
                    c.emit(Op::Rot2);
                    c.emit(Op::StoreAttr(i));
                });
            }
            ExprKind::Subscript { value: obj, index } => {
                self.expr(obj)?;
                self.subscript_index(index)?;
                self.with_span(target.span, |c| {
                    c.emit(Op::DupTwo);
                    c.emit(Op::BinarySubscr);
                });
                self.expr(value)?;
                self.emit(Op::InplaceOp(op));
                // [obj, key, result] -> [result, obj, key] for StoreSubscr.
                self.with_span(target.span, |c| {
                    c.emit(Op::Rot3);
                    c.emit(Op::StoreSubscr);
                });
            }
            _ => {
                return error(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        target_description(target)
                    ),
                    target.span,
                );
            }
        }
        Ok(())
    }

    /// `target: annotation = value`. Annotations are evaluated and
    /// recorded only in module and class bodies.
    pub(crate) fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult {
        if let Some(v) = value {
            self.expr(v)?;
            self.store_target(target)?;
        }
        let evaluate = !self.unit().kind.is_function_like();
        match &target.kind {
            ExprKind::Name(name) => {
                if evaluate {
                    self.expr(annotation)?;
                    let mangled = self.mangle(name);
                    let i = self.name_index(&mangled);
                    self.with_span(target.span, |c| c.emit(Op::StoreAnnotation(i)));
                }
            }
            ExprKind::Attribute { value: obj, .. } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit(Op::Pop);
                }
                self.evaluate_and_drop(annotation, evaluate)?;
            }
            ExprKind::Subscript { value: obj, index } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit(Op::Pop);
                    self.subscript_index(index)?;
                    self.emit(Op::Pop);
                }
                self.evaluate_and_drop(annotation, evaluate)?;
            }
            _ => {
                return error(
                    format!(
                        "only single target (not {}) can be annotated",
                        target_description(target)
                    ),
                    target.span,
                );
            }
        }
        Ok(())
    }

    fn evaluate_and_drop(&mut self, e: &'a Expr, evaluate: bool) -> CResult {
        if evaluate {
            self.expr(e)?;
            self.emit(Op::Pop);
        }
        Ok(())
    }

    pub(crate) fn delete(&mut self, t: &'a Expr) -> CResult {
        self.with_span(t.span, |c| c.delete_kind(t))
    }

    fn delete_kind(&mut self, t: &'a Expr) -> CResult {
        match &t.kind {
            ExprKind::Name(name) => self.name_op(name, NameCtx::Del),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.attr_index(attr);
                self.emit(Op::DeleteAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.subscript_index(index)?;
                self.emit(Op::DeleteSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                items.iter().try_for_each(|i| self.delete(i))?;
            }
            _ => return error(format!("cannot delete {}", target_description(t)), t.span),
        }
        Ok(())
    }
}
