//! Expressions: each leaves exactly one value on the stack.

use super::scope::ScopeKind;
use super::unit::{ConstKey, Label};
use super::{CResult, Compiler, NameCtx, constant, error};
use crate::ast::{BoolOp, CmpOp, Constant, Expr, ExprKind, FStringPart, UnaryOp};
use crate::bytecode::Op;

impl<'a> Compiler<'a> {
    pub(crate) fn expr(&mut self, e: &'a Expr) -> CResult {
        self.with_span(e.span, |c| c.expr_kind(e))
    }

    fn expr_kind(&mut self, e: &'a Expr) -> CResult {
        if let Some((value, key)) = constant::fold(e)? {
            self.load_const(value, Some(key));
            return Ok(());
        }
        match &e.kind {
            // pyproc has no -O: `__debug__` is the constant True, as CPython
            // folds it.
            ExprKind::Name(name) if name == "__debug__" => {
                self.load_const(crate::value::Value::Bool(true), Some(ConstKey::Bool(true)))
            }
            ExprKind::Name(name) => self.name_op(name, NameCtx::Load),
            ExprKind::Constant(_) => unreachable!("constants are folded above"),
            ExprKind::JoinedStr(parts) => self.fstring(parts)?,
            ExprKind::Tuple(items) => self.tuple_display(items)?,
            ExprKind::List(items) => self.list_display(items)?,
            ExprKind::Set(items) => self.set_display(items)?,
            ExprKind::Dict(entries) => self.dict_display(entries)?,
            ExprKind::Starred(_) => return error("can't use starred expression here", e.span),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let i = self.attr_index(attr);
                self.emit(Op::LoadAttr(i));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.subscript_index(index)?;
                self.emit(Op::BinarySubscr);
            }
            ExprKind::Slice { lower, upper, step } => {
                self.slice(lower.as_deref(), upper.as_deref(), step.as_deref())?
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(func, args, keywords)?,
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Op::BinaryOp(*op as u32));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.emit(Op::UnaryOp(*op as u32));
            }
            ExprKind::BoolOp { op, values } => self.bool_op(*op, values)?,
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(left, ops, comparators)?,
            ExprKind::IfExp { test, body, orelse } => self.if_exp(test, body, orelse)?,
            ExprKind::Lambda { params, body } => self.lambda(e, params, body)?,
            ExprKind::ListComp { .. }
            | ExprKind::SetComp { .. }
            | ExprKind::DictComp { .. }
            | ExprKind::GeneratorExp { .. } => self.comprehension(e)?,
            ExprKind::Yield(value) => {
                self.check_in_function("'yield' outside function", e)?;
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_none(),
                }
                self.emit(Op::YieldValue);
            }
            ExprKind::YieldFrom(value) => {
                self.check_in_function("'yield' outside function", e)?;
                self.expr(value)?;
                self.emit(Op::GetYieldFromIter);
                self.load_none();
                self.emit(Op::YieldFrom);
            }
            ExprKind::Await(_) => {
                self.check_in_function("'await' outside function", e)?;
                return error("'await' is not supported by pyproc yet", e.span);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                // Keep the value as the expression's result.
                self.emit(Op::Dup);
                self.store_target(target)?;
            }
        }
        Ok(())
    }

    fn check_in_function(&self, message: &str, e: &Expr) -> CResult {
        if matches!(self.unit().kind, ScopeKind::Module | ScopeKind::Class) {
            return error(message, e.span);
        }
        Ok(())
    }

    /// A subscript's index; `a[*b]` indexes with the tuple `(*b,)`.
    pub(crate) fn subscript_index(&mut self, index: &'a Expr) -> CResult {
        if matches!(index.kind, ExprKind::Starred(_)) {
            return self.with_span(index.span, |c| {
                c.star_unpack(std::slice::from_ref(index), 0, super::display::TUPLE)
            });
        }
        self.expr(index)
    }

    /// Attribute names are mangled like variables.
    pub(crate) fn attr_index(&mut self, attr: &str) -> u32 {
        let mangled = self.mangle(attr);
        self.name_index(&mangled)
    }

    pub(crate) fn slice(
        &mut self,
        lower: Option<&'a Expr>,
        upper: Option<&'a Expr>,
        step: Option<&'a Expr>,
    ) -> CResult {
        for part in [lower, upper] {
            match part {
                Some(p) => self.expr(p)?,
                None => self.load_none(),
            }
        }
        match step {
            Some(s) => {
                self.expr(s)?;
                self.emit(Op::BuildSlice(3));
            }
            None => self.emit(Op::BuildSlice(2)),
        }
        Ok(())
    }

    /// `a and b`: each operand but the last decides whether to stop, and
    /// the deciding value is the result.
    fn bool_op(&mut self, op: BoolOp, values: &'a [Expr]) -> CResult {
        let end = self.new_label();
        let jump = match op {
            BoolOp::And => Op::JumpIfFalseOrPop,
            BoolOp::Or => Op::JumpIfTrueOrPop,
        };
        let (last, rest) = values.split_last().expect("BoolOp has operands");
        for v in rest {
            self.expr(v)?;
            self.emit_jump(jump, end);
        }
        self.expr(last)?;
        self.bind(end);
        Ok(())
    }

    /// `a < b < c`: each middle operand is evaluated once; it is kept below
    /// the comparison result (Dup + Rot3) so the next comparison can use it,
    /// and dropped (Rot2 + Pop) when the chain stops early.
    fn compare(&mut self, left: &'a Expr, ops: &[CmpOp], comparators: &'a [Expr]) -> CResult {
        self.expr(left)?;
        let n = ops.len();
        if n == 1 {
            self.expr(&comparators[0])?;
            self.emit(Op::CompareOp(ops[0] as u32));
            return Ok(());
        }
        let cleanup = self.new_label();
        for i in 0..n - 1 {
            self.expr(&comparators[i])?;
            self.emit(Op::Dup);
            self.emit(Op::Rot3);
            self.emit(Op::CompareOp(ops[i] as u32));
            self.emit_jump(Op::JumpIfFalseOrPop, cleanup);
        }
        self.expr(&comparators[n - 1])?;
        self.emit(Op::CompareOp(ops[n - 1] as u32));
        let end = self.new_label();
        self.emit_jump(Op::Jump, end);
        self.bind(cleanup);
        self.emit(Op::Rot2);
        self.emit(Op::Pop);
        self.bind(end);
        Ok(())
    }

    fn if_exp(&mut self, test: &'a Expr, body: &'a Expr, orelse: &'a Expr) -> CResult {
        let else_label = self.new_label();
        let end = self.new_label();
        self.jump_if(test, false, else_label)?;
        self.expr(body)?;
        self.emit_jump(Op::Jump, end);
        self.bind(else_label);
        self.expr(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// Evaluates `e` as a condition and jumps to `target` when its truth
    /// equals `cond`; `not` and `and`/`or` become jumps instead of values.
    pub(crate) fn jump_if(&mut self, e: &'a Expr, cond: bool, target: Label) -> CResult {
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => self.jump_if(operand, !cond, target),
            ExprKind::BoolOp { op, values } => {
                let is_or = *op == BoolOp::Or;
                // Operands but the last short-circuit to `next2` on the
                // value that decides the whole expression.
                let next2 = if is_or != cond {
                    self.new_label()
                } else {
                    target
                };
                let (last, rest) = values.split_last().expect("BoolOp has operands");
                for v in rest {
                    self.jump_if(v, is_or, next2)?;
                }
                self.jump_if(last, cond, target)?;
                if next2 != target {
                    self.bind(next2);
                }
                Ok(())
            }
            _ => {
                self.expr(e)?;
                let op = if cond {
                    Op::PopJumpIfTrue
                } else {
                    Op::PopJumpIfFalse
                };
                self.with_span(e.span, |c| c.emit_jump(op, target));
                Ok(())
            }
        }
    }

    /// f-strings: literal pieces and formatted fields, joined.
    fn fstring(&mut self, parts: &'a [FStringPart]) -> CResult {
        let n = self.fstring_pieces(parts)?;
        match n {
            0 => self.load_str(""),
            1 => {}
            n => self.emit(Op::BuildString(n)),
        }
        Ok(())
    }

    /// Pushes one string per piece (adjacent literals merged); returns the
    /// number pushed.
    fn fstring_pieces(&mut self, parts: &'a [FStringPart]) -> CResult<u32> {
        let mut count = 0;
        let mut literal = String::new();
        for part in parts {
            match part {
                FStringPart::Literal(s) => literal.push_str(s),
                FStringPart::Value {
                    value,
                    conversion,
                    spec,
                    debug_text,
                } => {
                    if let Some(text) = debug_text {
                        literal.push_str(text);
                    }
                    count += self.flush_literal(&mut literal);
                    // `{x=}` shows the repr unless a conversion or spec is given.
                    let conversion = match conversion {
                        None if debug_text.is_some() && spec.is_none() => Some('r'),
                        c => *c,
                    };
                    self.format_field(value, conversion, spec.as_deref())?;
                    count += 1;
                }
            }
        }
        count += self.flush_literal(&mut literal);
        Ok(count)
    }

    fn flush_literal(&mut self, literal: &mut String) -> u32 {
        if literal.is_empty() {
            return 0;
        }
        self.load_str(literal);
        literal.clear();
        1
    }

    fn format_field(
        &mut self,
        value: &'a Expr,
        conversion: Option<char>,
        spec: Option<&'a [FStringPart]>,
    ) -> CResult {
        self.expr(value)?;
        let mut operand = match conversion {
            Some('s') => 1,
            Some('r') => 2,
            Some('a') => 3,
            _ => 0,
        };
        if let Some(spec) = spec {
            self.fstring(spec)?;
            operand |= 4;
        }
        self.with_span(value.span, |c| c.emit(Op::FormatValue(operand)));
        Ok(())
    }

    /// True for a literal that is always truthy (`while True:`).
    pub(crate) fn is_always_true(e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Constant(Constant::True) => true,
            ExprKind::Constant(Constant::Int(t)) => {
                constant::parse_int(t).is_some_and(|b| b != 0.into())
            }
            _ => false,
        }
    }
}
