//! Displays: `(a, b)`, `[a, *b]`, `{a, *b}`, `{k: v, **m}`.

use super::{CResult, Compiler};
use crate::ast::{Expr, ExprKind};
use crate::bytecode::Op;

/// The instructions that build one kind of sequence display.
#[derive(Clone, Copy)]
pub(crate) struct SeqOps {
    build: fn(u32) -> Op,
    add: fn(u32) -> Op,
    extend: fn(u32) -> Op,
    /// A tuple is built as a list, then converted.
    to_tuple: bool,
}

pub(crate) const LIST: SeqOps = SeqOps {
    build: Op::BuildList,
    add: Op::ListAppend,
    extend: Op::ListExtend,
    to_tuple: false,
};
const SET: SeqOps = SeqOps {
    build: Op::BuildSet,
    add: Op::SetAdd,
    extend: Op::SetUpdate,
    to_tuple: false,
};
pub(crate) const TUPLE: SeqOps = SeqOps {
    build: Op::BuildList,
    add: Op::ListAppend,
    extend: Op::ListExtend,
    to_tuple: true,
};

fn has_star(items: &[Expr]) -> bool {
    items.iter().any(|e| matches!(e.kind, ExprKind::Starred(_)))
}

impl<'a> Compiler<'a> {
    pub(crate) fn tuple_display(&mut self, items: &'a [Expr]) -> CResult {
        if !has_star(items) {
            self.exprs(items)?;
            self.emit(Op::BuildTuple(items.len() as u32));
            return Ok(());
        }
        self.star_unpack(items, 0, TUPLE)
    }

    pub(crate) fn list_display(&mut self, items: &'a [Expr]) -> CResult {
        if !has_star(items) {
            self.exprs(items)?;
            self.emit(Op::BuildList(items.len() as u32));
            return Ok(());
        }
        self.star_unpack(items, 0, LIST)
    }

    pub(crate) fn set_display(&mut self, items: &'a [Expr]) -> CResult {
        if !has_star(items) {
            self.exprs(items)?;
            self.emit(Op::BuildSet(items.len() as u32));
            return Ok(());
        }
        self.star_unpack(items, 0, SET)
    }

    pub(crate) fn exprs(&mut self, items: &'a [Expr]) -> CResult {
        items.iter().try_for_each(|e| self.expr(e))
    }

    /// A display with starred items (CPython's `starunpack_helper`): plain
    /// items before the first star are pushed and built in one go (with
    /// `pushed` values already on the stack joining them), the rest are
    /// appended or extended one by one.
    pub(crate) fn star_unpack(&mut self, items: &'a [Expr], pushed: u32, ops: SeqOps) -> CResult {
        let mut built = false;
        for (i, item) in items.iter().enumerate() {
            if let ExprKind::Starred(inner) = &item.kind {
                if !built {
                    self.emit((ops.build)(i as u32 + pushed));
                    built = true;
                }
                self.expr(inner)?;
                self.emit((ops.extend)(1));
            } else {
                self.expr(item)?;
                if built {
                    self.emit((ops.add)(1));
                }
            }
        }
        if !built {
            self.emit((ops.build)(items.len() as u32 + pushed));
        }
        if ops.to_tuple {
            self.emit(Op::ListToTuple);
        }
        Ok(())
    }

    /// `{k: v, **m}`: runs of plain entries become BuildMap, and `**m`
    /// entries are merged into the dict built so far.
    pub(crate) fn dict_display(&mut self, entries: &'a [(Option<Expr>, Expr)]) -> CResult {
        let mut have_dict = false;
        let mut pending = 0u32;
        for (key, value) in entries {
            match key {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(value)?;
                    pending += 1;
                }
                None => {
                    self.flush_map(&mut pending, &mut have_dict);
                    if !have_dict {
                        self.emit(Op::BuildMap(0));
                        have_dict = true;
                    }
                    self.expr(value)?;
                    self.emit(Op::DictUpdate(1));
                }
            }
        }
        self.flush_map(&mut pending, &mut have_dict);
        if !have_dict {
            self.emit(Op::BuildMap(0));
        }
        Ok(())
    }

    /// Builds the pending key/value pairs into a dict, merged into the one
    /// below if there is one.
    fn flush_map(&mut self, pending: &mut u32, have_dict: &mut bool) {
        if *pending == 0 {
            return;
        }
        self.emit(Op::BuildMap(*pending));
        if *have_dict {
            self.emit(Op::DictUpdate(1));
        }
        *have_dict = true;
        *pending = 0;
    }
}
