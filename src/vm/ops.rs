//! Operators: arithmetic with int promotion, comparisons, and the dunder
//! dispatch (`__add__` / `__radd__` / `__iadd__`) for everything else.

use super::Vm;
use crate::ast::{BinOp, CmpOp, UnaryOp};
use crate::error::{ExcKind, PyErr, PyResult, type_error};
use crate::value::{Str, Value, intern};

pub fn binop_symbol(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "+",
        BinOp::Sub => "-",
        BinOp::Mul => "*",
        BinOp::MatMul => "@",
        BinOp::Div => "/",
        BinOp::FloorDiv => "//",
        BinOp::Mod => "%",
        BinOp::Pow => "** or pow()",
        BinOp::LShift => "<<",
        BinOp::RShift => ">>",
        BinOp::BitOr => "|",
        BinOp::BitXor => "^",
        BinOp::BitAnd => "&",
    }
}

fn dunder(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mul => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
    }
}

impl Vm {
    /// `a op b` for any operands.
    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if let Some(v) = crate::types::arith::builtin_binop(self, a, b, op)? {
            return Ok(v);
        }
        let (name, rname, _) = dunder(op);
        if let Some(v) = self.try_user_binop(a, b, name, rname)? {
            return Ok(v);
        }
        if let Some(v) = crate::types::dictview::view_binop(self, a, b, op)? {
            return Ok(v);
        }
        // Instances of subclasses of built-in types operate as the value
        // they wrap (`"x" + MyStr("y")`) when no user method applied.
        use crate::object::class::builtin_payload;
        let (pa, pb) = (builtin_payload(a), builtin_payload(b));
        if pa.is_some() || pb.is_some() {
            let a2 = pa.unwrap_or_else(|| a.clone());
            let b2 = pb.unwrap_or_else(|| b.clone());
            if let Some(v) = crate::types::arith::builtin_binop(self, &a2, &b2, op)? {
                return Ok(v);
            }
        }
        Err(self.unsupported(a, b, op))
    }

    fn unsupported(&self, a: &Value, b: &Value, op: BinOp) -> PyErr {
        if op == BinOp::Add && matches!(a, Value::Str(_)) {
            return type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                self.type_name(b)
            ));
        }
        if op == BinOp::Add && matches!(a, Value::List(_)) {
            return type_error(format!(
                "can only concatenate list (not \"{}\") to list",
                self.type_name(b)
            ));
        }
        if op == BinOp::Add && matches!(a, Value::Tuple(_)) {
            return type_error(format!(
                "can only concatenate tuple (not \"{}\") to tuple",
                self.type_name(b)
            ));
        }
        if op == BinOp::Mul {
            let is_seq = |v: &Value| {
                matches!(
                    v,
                    Value::Str(_)
                        | Value::List(_)
                        | Value::Tuple(_)
                        | Value::Bytes(_)
                        | Value::ByteArray(_)
                )
            };
            let other = if is_seq(a) {
                Some(b)
            } else if is_seq(b) {
                Some(a)
            } else {
                None
            };
            if let Some(other) = other {
                return type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(other)
                ));
            }
        }
        if op == BinOp::Add && matches!(a, Value::Bytes(_) | Value::ByteArray(_)) {
            return type_error(format!(
                "can't concat {} to {}",
                self.type_name(b),
                self.type_name(a)
            ));
        }
        type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            binop_symbol(op),
            self.type_name(a),
            self.type_name(b)
        ))
    }

    /// Dunder dispatch: the reflected method first when b's type is a
    /// proper subclass of a's, as CPython does.
    fn try_user_binop(
        &mut self,
        a: &Value,
        b: &Value,
        name: &str,
        rname: &str,
    ) -> PyResult<Option<Value>> {
        self.dispatch_dunder(a, b, name, rname, false)
    }

    /// The dunder protocol shared by operators and rich comparisons: the
    /// reflected method first when b's type is a proper subclass of a's,
    /// then a's method, then b's reflected one. Arithmetic skips that last
    /// step for operands of the same type; comparisons do not (CPython's
    /// `binary_op1` vs `do_richcompare`).
    fn dispatch_dunder(
        &mut self,
        a: &Value,
        b: &Value,
        name: &str,
        rname: &str,
        reflect_same_type: bool,
    ) -> PyResult<Option<Value>> {
        let user_a = matches!(a, Value::Instance(_) | Value::Object(_));
        let user_b = matches!(b, Value::Instance(_) | Value::Object(_));
        if !user_a && !user_b {
            return Ok(None);
        }
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let same_type = std::rc::Rc::ptr_eq(&ta, &tb);
        let name = intern(name);
        let rname = intern(rname);
        let b_first = user_b && !same_type && tb.is_subclass(&ta);
        if b_first && let Some(v) = self.try_method(b, &rname, a)? {
            return Ok(Some(v));
        }
        if user_a && let Some(v) = self.try_method(a, &name, b)? {
            return Ok(Some(v));
        }
        if user_b
            && !b_first
            && (reflect_same_type || !same_type)
            && let Some(v) = self.try_method(b, &rname, a)?
        {
            return Ok(Some(v));
        }
        Ok(None)
    }

    /// Calls `obj.name(arg)` if defined and not returning NotImplemented.
    fn try_method(&mut self, obj: &Value, name: &Str, arg: &Value) -> PyResult<Option<Value>> {
        let cls = self.type_of(obj);
        let Some(m) = cls.lookup(name) else {
            return Ok(None);
        };
        let r = self.call(&m, vec![obj.clone(), arg.clone()], vec![])?;
        if matches!(r, Value::NotImplemented) {
            Ok(None)
        } else {
            Ok(Some(r))
        }
    }

    /// `a op= b`: `__iop__` on instances, in-place list extend, else binary.
    pub fn inplace_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        match (a, op) {
            (Value::List(l), BinOp::Add) => {
                let items = self.collect(b).map_err(|_| {
                    type_error(format!("'{}' object is not iterable", self.type_name(b)))
                })?;
                l.borrow_mut().extend(items);
                return Ok(a.clone());
            }
            (Value::List(l), BinOp::Mul) => {
                let n = self.index_value(b)?;
                let items = l.borrow().clone();
                let mut out = Vec::new();
                for _ in 0..n.max(0) {
                    out.extend(items.iter().cloned());
                }
                *l.borrow_mut() = out;
                return Ok(a.clone());
            }
            (Value::Set(_), BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor)
            | (Value::Dict(_), BinOp::BitOr) => {
                if let Some(v) = crate::types::arith::inplace_container(self, a, b, op)? {
                    return Ok(v);
                }
            }
            (Value::Instance(_), _) => {
                let (_, _, iname) = dunder(op);
                if let Some(v) = self.try_method(a, &intern(iname), b)? {
                    return Ok(v);
                }
            }
            _ => {}
        }
        self.binary_op(a, b, op).map_err(|e| {
            // CPython names the augmented operator in the message.
            match e.lazy_kind() {
                Some(ExcKind::TypeError)
                    if !matches!(a, Value::Str(_) | Value::List(_) | Value::Tuple(_))
                        || op != BinOp::Add =>
                {
                    let sym = binop_symbol(op);
                    let sym = if op == BinOp::Pow { "**" } else { sym };
                    if self.is_unsupported_message(&e) {
                        type_error(format!(
                            "unsupported operand type(s) for {}=: '{}' and '{}'",
                            sym,
                            self.type_name(a),
                            self.type_name(b)
                        ))
                    } else {
                        e
                    }
                }
                _ => e,
            }
        })
    }

    fn is_unsupported_message(&self, e: &PyErr) -> bool {
        match &*e.repr {
            crate::error::ErrRepr::Lazy { args, .. } => matches!(
                args.first(),
                Some(Value::Str(s)) if s.as_str().starts_with("unsupported operand")
            ),
            _ => false,
        }
    }

    pub fn unary_op(&mut self, a: &Value, op: UnaryOp) -> PyResult<Value> {
        if op == UnaryOp::Not {
            return Ok(Value::Bool(!self.truthy(a)?));
        }
        if let Some(v) = crate::types::arith::builtin_unary(self, a, op)? {
            return Ok(v);
        }
        let (name, sym) = match op {
            UnaryOp::Neg => (self.names.neg.clone(), "-"),
            UnaryOp::Pos => (self.names.pos.clone(), "+"),
            UnaryOp::Invert => (self.names.invert.clone(), "~"),
            UnaryOp::Not => unreachable!("handled above"),
        };
        if matches!(a, Value::Instance(_))
            && let Some(v) = self.call_special(a, &name, vec![])?
        {
            return Ok(v);
        }
        Err(type_error(format!(
            "bad operand type for unary {}: '{}'",
            sym,
            self.type_name(a)
        )))
    }

    /// Rich comparison and the membership/identity operators.
    pub fn compare(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        match op {
            CmpOp::Is => return Ok(Value::Bool(a.is(b))),
            CmpOp::IsNot => return Ok(Value::Bool(!a.is(b))),
            CmpOp::In => return Ok(Value::Bool(self.contains(b, a)?)),
            CmpOp::NotIn => return Ok(Value::Bool(!self.contains(b, a)?)),
            _ => {}
        }
        if let Some(r) = crate::types::compare::builtin_compare(self, a, b, op)? {
            return Ok(Value::Bool(r));
        }
        let (name, rname) = match op {
            CmpOp::Eq => ("__eq__", "__eq__"),
            CmpOp::NotEq => ("__ne__", "__ne__"),
            CmpOp::Lt => ("__lt__", "__gt__"),
            CmpOp::LtE => ("__le__", "__ge__"),
            CmpOp::Gt => ("__gt__", "__lt__"),
            CmpOp::GtE => ("__ge__", "__le__"),
            _ => unreachable!("identity and membership handled above"),
        };
        if let Some(v) = self.try_user_binop_cmp(a, b, name, rname)? {
            return Ok(v);
        }
        match op {
            CmpOp::Eq => Ok(Value::Bool(a.is(b))),
            CmpOp::NotEq => {
                // Default __ne__ inverts a user __eq__.
                if matches!(a, Value::Instance(_))
                    && let Some(v) = self.try_method(a, &intern("__eq__"), b)?
                {
                    return Ok(Value::Bool(!self.truthy(&v)?));
                }
                Ok(Value::Bool(!a.is(b)))
            }
            _ => {
                let sym = match op {
                    CmpOp::Lt => "<",
                    CmpOp::LtE => "<=",
                    CmpOp::Gt => ">",
                    _ => ">=",
                };
                Err(type_error(format!(
                    "'{}' not supported between instances of '{}' and '{}'",
                    sym,
                    self.type_name(a),
                    self.type_name(b)
                )))
            }
        }
    }

    fn try_user_binop_cmp(
        &mut self,
        a: &Value,
        b: &Value,
        name: &str,
        rname: &str,
    ) -> PyResult<Option<Value>> {
        self.dispatch_dunder(a, b, name, rname, true)
    }

    /// Ordering for sorting: `a < b` as a bool.
    pub fn less_than(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x < y),
            (Value::Float(x), Value::Float(y)) => Ok(x < y),
            (Value::Str(x), Value::Str(y)) => Ok(x.as_str() < y.as_str()),
            _ => {
                let r = self.compare(a, b, CmpOp::Lt)?;
                self.truthy(&r)
            }
        }
    }
}
