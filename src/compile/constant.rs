//! Literal constants: integer text to ints, and folding of constant
//! expressions (literals, tuples of constants, negated numbers) into one
//! `LoadConst`.

use super::unit::ConstKey;
use super::{CResult, Compiler, error};
use crate::ast::{Constant, Expr, ExprKind, Span, UnaryOp};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{Num, ToPrimitive};

/// Identifier-like strings are interned, as CPython does for constants.
pub fn str_value(s: &str) -> Value {
    let identifier_like = s.len() <= 40 && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
    if identifier_like {
        Value::interned(s)
    } else {
        Value::str(s)
    }
}

/// Parses integer literal text (`123`, `0x1f`, `0o17`, `0b101`).
pub fn parse_int(text: &str) -> Option<BigInt> {
    let lower = text.to_ascii_lowercase();
    let (digits, radix) = match lower.get(..2) {
        Some("0x") => (&lower[2..], 16),
        Some("0o") => (&lower[2..], 8),
        Some("0b") => (&lower[2..], 2),
        _ => (&lower[..], 10),
    };
    let digits: String = digits.chars().filter(|&c| c != '_').collect();
    BigInt::from_str_radix(&digits, radix).ok()
}

fn int_const(b: BigInt) -> (Value, ConstKey) {
    match b.to_i64() {
        Some(i) => (Value::Int(i), ConstKey::Int(i)),
        None => (Value::from_bigint(b.clone()), ConstKey::Big(b.to_string())),
    }
}

fn float_const(f: f64) -> (Value, ConstKey) {
    (Value::Float(f), ConstKey::Float(f.to_bits()))
}

/// A literal as a value and its sharing key.
pub fn literal(c: &Constant, span: Span) -> CResult<(Value, ConstKey)> {
    Ok(match c {
        Constant::None => (Value::None, ConstKey::None),
        Constant::True => (Value::Bool(true), ConstKey::Bool(true)),
        Constant::False => (Value::Bool(false), ConstKey::Bool(false)),
        Constant::Ellipsis => (Value::Ellipsis, ConstKey::Ellipsis),
        Constant::Int(text) => match parse_int(text) {
            Some(b) => int_const(b),
            None => return error(format!("invalid integer literal '{text}'"), span),
        },
        Constant::Float(f) => float_const(*f),
        Constant::Imaginary(_) => {
            return error("complex numbers are not supported by pyproc yet", span);
        }
        Constant::Str(s) => (str_value(s), ConstKey::Str(s.clone())),
        Constant::Bytes(b) => (Value::bytes(b.clone()), ConstKey::Bytes(b.clone())),
    })
}

/// The value of a constant expression, if it is one: literals, `-number`
/// and tuples whose items are all constant.
pub fn fold(e: &Expr) -> CResult<Option<(Value, ConstKey)>> {
    match &e.kind {
        ExprKind::Constant(c) => literal(c, e.span).map(Some),
        ExprKind::UnaryOp {
            op: UnaryOp::Neg,
            operand,
        } => Ok(match &operand.kind {
            ExprKind::Constant(Constant::Int(text)) => parse_int(text).map(|b| int_const(-b)),
            ExprKind::Constant(Constant::Float(f)) => Some(float_const(-f)),
            _ => None,
        }),
        ExprKind::Tuple(items) => {
            let mut values = Vec::with_capacity(items.len());
            let mut keys = Vec::with_capacity(items.len());
            for item in items {
                let Some((v, k)) = fold(item)? else {
                    return Ok(None);
                };
                values.push(v);
                keys.push(k);
            }
            Ok(Some((Value::tuple(values), ConstKey::Tuple(keys))))
        }
        _ => Ok(None),
    }
}

impl Compiler<'_> {
    /// A tuple of strings as one constant (keyword names, import fromlists).
    pub(crate) fn load_str_tuple(&mut self, items: &[&str]) {
        let values = items.iter().map(|s| str_value(s)).collect();
        let keys = items.iter().map(|s| ConstKey::Str(s.to_string())).collect();
        self.load_const(Value::tuple(values), Some(ConstKey::Tuple(keys)));
    }

    pub(crate) fn load_int(&mut self, i: i64) {
        self.load_const(Value::Int(i), Some(ConstKey::Int(i)));
    }
}
