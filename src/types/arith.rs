//! Arithmetic on built-in values: ints (with big-int promotion), floats,
//! bools; containers are delegated to `seq_ops`.
//!
//! Ints stay in `Value::Int` while the result fits in i64 (checked
//! arithmetic) and move to `BigInt` only on overflow; every BigInt result
//! goes through `Value::from_bigint` so the representation stays canonical.

use crate::ast::{BinOp, UnaryOp};
use crate::error::{ExcKind, PyErr, PyResult, overflow_error, value_error, zero_division};
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};
use std::borrow::Cow;

/// Largest int result, in bits, that `**` and `<<` will build. CPython
/// would try and run for hours; pyproc raises MemoryError instead.
/// 2**25 bits is about ten million decimal digits.
pub const MAX_INT_BITS: u64 = 1 << 25;

/// `a op b` when both are built-in values it knows; `Ok(None)` otherwise
/// (the VM then tries `__op__` / `__rop__` and finally raises TypeError).
pub fn builtin_binop(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    if let (Value::Int(x), Value::Int(y)) = (a, b)
        && let Some(v) = small_fast(*x, *y, op)
    {
        return Ok(Some(v));
    }
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        if let (Value::Bool(p), Value::Bool(q)) = (a, b) {
            // bool & | ^ bool stays a bool, as in CPython.
            match op {
                BinOp::BitAnd => return Ok(Some(Value::Bool(*p & *q))),
                BinOp::BitOr => return Ok(Some(Value::Bool(*p | *q))),
                BinOp::BitXor => return Ok(Some(Value::Bool(*p ^ *q))),
                _ => {}
            }
        }
        return int_binop(&x, &y, op);
    }
    let is_num = |v: &Value| matches!(v, Value::Float(_)) || as_int(v).is_some();
    if is_num(a) && is_num(b) {
        let x = to_float(a)?;
        let y = to_float(b)?;
        return float_binop(x, y, op);
    }
    if let Some(v) = crate::types::seq_ops::container_binop(vm, a, b, op)? {
        return Ok(Some(v));
    }
    if op == BinOp::Mod
        && let Value::Str(fmt) = a
    {
        let s = crate::types::formatting::percent_format(vm, fmt.as_str(), b)?;
        return Ok(Some(Value::string(s)));
    }
    if op == BinOp::Mod {
        match a {
            Value::Bytes(fmt) => {
                let out = crate::types::formatting::percent_format_bytes(vm, fmt, b)?;
                return Ok(Some(Value::bytes(out)));
            }
            Value::ByteArray(fmt) => {
                let fmt = fmt.borrow().clone();
                let out = crate::types::formatting::percent_format_bytes(vm, &fmt, b)?;
                return Ok(Some(Value::ByteArray(std::rc::Rc::new(
                    std::cell::RefCell::new(out),
                ))));
            }
            _ => {}
        }
    }
    Ok(None)
}

/// In-place operators on mutable containers (`s |= t`, `d |= e`).
pub fn inplace_container(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    crate::types::seq_ops::inplace_container(vm, a, b, op)
}

/// `-a`, `+a`, `~a` on built-in numbers; `Ok(None)` otherwise.
pub fn builtin_unary(_vm: &mut Vm, a: &Value, op: UnaryOp) -> PyResult<Option<Value>> {
    let v = match (a, op) {
        (Value::Float(f), UnaryOp::Neg) => Value::Float(-f),
        (Value::Float(f), UnaryOp::Pos) => Value::Float(*f),
        (_, UnaryOp::Not) => return Ok(None),
        _ => {
            let Some(i) = as_int(a) else {
                return Ok(None);
            };
            match (i, op) {
                (IntRef::Small(x), UnaryOp::Neg) => match x.checked_neg() {
                    Some(n) => Value::Int(n),
                    None => Value::from_bigint(-BigInt::from(x)),
                },
                (IntRef::Small(x), UnaryOp::Pos) => Value::Int(x),
                // !x == -x - 1, which cannot overflow.
                (IntRef::Small(x), UnaryOp::Invert) => Value::Int(!x),
                (IntRef::Big(x), UnaryOp::Neg) => Value::from_bigint(-x),
                (IntRef::Big(x), UnaryOp::Pos) => Value::from_bigint(x.clone()),
                (IntRef::Big(x), UnaryOp::Invert) => Value::from_bigint(-x - 1),
                (_, UnaryOp::Not) => return Ok(None),
            }
        }
    };
    Ok(Some(v))
}

/// An int operand: inline or borrowed big.
#[derive(Clone, Copy)]
pub enum IntRef<'a> {
    Small(i64),
    Big(&'a BigInt),
}

impl IntRef<'_> {
    pub fn to_big(&self) -> Cow<'_, BigInt> {
        match self {
            IntRef::Small(i) => Cow::Owned(BigInt::from(*i)),
            IntRef::Big(b) => Cow::Borrowed(b),
        }
    }
    pub fn is_zero(&self) -> bool {
        matches!(self, IntRef::Small(0))
    }
    pub fn is_negative(&self) -> bool {
        match self {
            IntRef::Small(i) => *i < 0,
            IntRef::Big(b) => b.is_negative(),
        }
    }
}

/// The int inside an int, bool or big int value.
pub fn as_int(v: &Value) -> Option<IntRef<'_>> {
    match v {
        Value::Int(i) => Some(IntRef::Small(*i)),
        Value::Bool(b) => Some(IntRef::Small(*b as i64)),
        Value::BigInt(b) => Some(IntRef::Big(b)),
        _ => None,
    }
}

/// An owned BigInt from an int-like value.
pub fn to_bigint(v: &Value) -> Option<BigInt> {
    as_int(v).map(|i| i.to_big().into_owned())
}

/// A big int as a float, or CPython's OverflowError.
pub fn bigint_to_f64(b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(overflow_error("int too large to convert to float")),
    }
}

/// An int, bool or float operand as f64.
pub fn to_float(v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => bigint_to_f64(b),
        _ => Err(crate::error::type_error("must be real number")),
    }
}

/// The common small-int cases, without allocation. `None` means "take the
/// general path" (overflow, division, shifts...).
fn small_fast(x: i64, y: i64, op: BinOp) -> Option<Value> {
    let r = match op {
        BinOp::Add => x.checked_add(y)?,
        BinOp::Sub => x.checked_sub(y)?,
        BinOp::Mul => x.checked_mul(y)?,
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        _ => return None,
    };
    Some(Value::Int(r))
}

fn int_binop(x: &IntRef, y: &IntRef, op: BinOp) -> PyResult<Option<Value>> {
    if let (IntRef::Small(a), IntRef::Small(b)) = (x, y)
        && let Some(v) = small_int_op(*a, *b, op)?
    {
        return Ok(Some(v));
    }
    let a = x.to_big();
    let b = y.to_big();
    let (a, b) = (a.as_ref(), b.as_ref());
    let v = match op {
        BinOp::Add => Value::from_bigint(a + b),
        BinOp::Sub => Value::from_bigint(a - b),
        BinOp::Mul => Value::from_bigint(a * b),
        BinOp::Div => Value::Float(int_true_div(a, b)?),
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(zero_division("integer division or modulo by zero"));
            }
            Value::from_bigint(a.div_floor(b))
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(zero_division("integer modulo by zero"));
            }
            Value::from_bigint(a.mod_floor(b))
        }
        BinOp::Pow => int_pow(a, b)?,
        BinOp::LShift => int_lshift(a, b)?,
        BinOp::RShift => int_rshift(a, b)?,
        BinOp::BitAnd => Value::from_bigint(a & b),
        BinOp::BitOr => Value::from_bigint(a | b),
        BinOp::BitXor => Value::from_bigint(a ^ b),
        BinOp::MatMul => return Ok(None),
    };
    Ok(Some(v))
}

/// i64 operations that are exact in i64; `Ok(None)` sends the operands to
/// the BigInt path (overflow, big powers and shifts).
fn small_int_op(a: i64, b: i64, op: BinOp) -> PyResult<Option<Value>> {
    Ok(match op {
        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor => {
            small_fast(a, b, op)
        }
        BinOp::Div => Some(Value::Float(int_true_div(
            &BigInt::from(a),
            &BigInt::from(b),
        )?)),
        BinOp::FloorDiv => {
            if b == 0 {
                return Err(zero_division("integer division or modulo by zero"));
            }
            a.checked_div_euclid(b)
                .map(|_| Value::Int(Integer::div_floor(&a, &b)))
        }
        BinOp::Mod => {
            if b == 0 {
                return Err(zero_division("integer modulo by zero"));
            }
            // i64::MIN % -1 is 0, but Rust's `%` overflows on it.
            if b == -1 {
                Some(Value::Int(0))
            } else {
                Some(Value::Int(Integer::mod_floor(&a, &b)))
            }
        }
        BinOp::Pow if b >= 0 => u32::try_from(b)
            .ok()
            .and_then(|e| a.checked_pow(e))
            .map(Value::Int),
        BinOp::RShift if b >= 0 => Some(Value::Int(if b >= 64 {
            if a < 0 { -1 } else { 0 }
        } else {
            a >> b
        })),
        BinOp::LShift if (0..63).contains(&b) => {
            let r = a.checked_shl(b as u32).filter(|r| r >> b == a);
            r.map(Value::Int)
        }
        _ => None,
    })
}

/// `a / b` on ints, correctly rounded like CPython for operands beyond
/// 2**53 too.
pub fn int_true_div(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if b.is_zero() {
        return Err(zero_division("division by zero"));
    }
    if a.bits() <= 53 && b.bits() <= 53 {
        // Both convert exactly, so IEEE division rounds correctly.
        let (x, y) = (a.to_f64().unwrap_or(0.0), b.to_f64().unwrap_or(1.0));
        return Ok(x / y);
    }
    let negative = a.is_negative() != b.is_negative();
    let (a, b) = (a.abs(), b.abs());
    // Scale so the quotient has at least 66 significant bits, then fold
    // the remainder into a sticky bit so the final rounding is exact.
    let shift: i64 = 66 - (a.bits() as i64 - b.bits() as i64);
    let (num, den) = if shift >= 0 {
        (a << shift as usize, b)
    } else {
        (a, b << (-shift) as usize)
    };
    let (mut q, r) = num.div_rem(&den);
    if !r.is_zero() {
        q |= BigInt::from(1);
    }
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let result = ldexp(qf, -shift);
    if !result.is_finite() {
        return Err(overflow_error(
            "integer division result too large for a float",
        ));
    }
    Ok(if negative { -result } else { result })
}

/// `x * 2**e`, tolerant of exponents beyond the i32 range.
pub fn ldexp(x: f64, e: i64) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let mut x = x;
    let mut e = e.clamp(-5000, 5000);
    // Step in chunks that cannot overflow or flush to zero prematurely.
    while e > 1000 {
        x *= 2f64.powi(1000);
        e -= 1000;
    }
    while e < -1000 {
        x *= 2f64.powi(-1000);
        e += 1000;
    }
    // The last step splits the scale so subnormal results round once.
    if e < -1000 + 52 {
        let half = e / 2;
        x * 2f64.powi(half as i32) * 2f64.powi((e - half) as i32)
    } else {
        x * 2f64.powi(e as i32)
    }
}

fn memory_error() -> PyErr {
    PyErr::with_args(ExcKind::MemoryError, vec![])
}

/// `a ** b` on ints: float for negative exponents, BigInt otherwise.
fn int_pow(a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_negative() {
        let x = bigint_to_f64(a)?;
        let y = bigint_to_f64(b)?;
        return float_pow(x, y).map(Value::Float);
    }
    // Bases whose powers never grow.
    if a.is_zero() {
        return Ok(Value::Int(if b.is_zero() { 1 } else { 0 }));
    }
    if a.magnitude() == &num_bigint::BigUint::from(1u32) {
        let odd = b.is_odd();
        return Ok(Value::Int(if a.is_negative() && odd { -1 } else { 1 }));
    }
    let exp = b.to_u64().ok_or_else(memory_error)?;
    let bits = (a.bits()).saturating_sub(1).max(1).saturating_mul(exp);
    if bits > MAX_INT_BITS {
        return Err(memory_error());
    }
    Ok(Value::from_bigint(num_traits::pow(a.clone(), exp as usize)))
}

fn int_lshift(a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_negative() {
        return Err(value_error("negative shift count"));
    }
    if a.is_zero() {
        return Ok(Value::Int(0));
    }
    let n = b.to_u64().ok_or_else(memory_error)?;
    if n.saturating_add(a.bits()) > MAX_INT_BITS {
        return Err(memory_error());
    }
    Ok(Value::from_bigint(a << n as usize))
}

fn int_rshift(a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_negative() {
        return Err(value_error("negative shift count"));
    }
    match b.to_u64() {
        // BigInt's >> rounds toward negative infinity, like Python.
        Some(n) if n < a.bits() + 1 => Ok(Value::from_bigint(a >> n as usize)),
        _ => Ok(Value::Int(if a.is_negative() { -1 } else { 0 })),
    }
}

fn float_binop(x: f64, y: f64, op: BinOp) -> PyResult<Option<Value>> {
    let r = match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => {
            if y == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            x / y
        }
        BinOp::FloorDiv => {
            if y == 0.0 {
                return Err(zero_division("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        BinOp::Mod => {
            if y == 0.0 {
                return Err(zero_division("float modulo"));
            }
            float_divmod(x, y).1
        }
        BinOp::Pow => float_pow(x, y)?,
        _ => return Ok(None),
    };
    Ok(Some(Value::Float(r)))
}

/// CPython's float divmod (Objects/floatobject.c): the remainder takes the
/// divisor's sign and the quotient is rounded to the nearest integer so
/// that `q*y + r` reproduces x as closely as possible. `y` is non-zero.
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0f64.copysign(x / y)
    };
    (floordiv, m)
}

/// The OverflowError CPython raises from errno ERANGE.
pub fn range_error() -> PyErr {
    PyErr::with_args(
        ExcKind::OverflowError,
        vec![Value::Int(34), Value::str("Numerical result out of range")],
    )
}

/// `x ** y` on floats with CPython's special cases and errors.
pub fn float_pow(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Ok(1.0);
    }
    if x.is_nan() {
        return Ok(x);
    }
    if y.is_nan() {
        return Ok(if x == 1.0 { 1.0 } else { y });
    }
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(zero_division("0.0 cannot be raised to a negative power"));
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        // CPython returns a complex number here.
        return Err(crate::error::not_implemented("complex numbers"));
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_error());
    }
    Ok(r)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vm() -> Vm {
        Vm::new(vec![])
    }

    fn op(a: Value, b: Value, o: BinOp) -> PyResult<Option<Value>> {
        builtin_binop(&mut vm(), &a, &b, o)
    }

    fn ok(a: Value, b: Value, o: BinOp) -> String {
        format!("{:?}", op(a, b, o).unwrap().unwrap())
    }

    fn err(a: Value, b: Value, o: BinOp) -> String {
        format!("{:?}", op(a, b, o).err().unwrap())
    }

    fn big(s: &str) -> Value {
        Value::from_bigint(s.parse::<BigInt>().unwrap())
    }

    #[test]
    fn int_arith_promotes() {
        assert_eq!(
            ok(Value::Int(i64::MAX), Value::Int(1), BinOp::Add),
            "9223372036854775808"
        );
        assert_eq!(
            ok(big("9223372036854775808"), Value::Int(-1), BinOp::Add),
            "9223372036854775807"
        );
        assert_eq!(
            ok(Value::Int(i64::MIN), Value::Int(-1), BinOp::FloorDiv),
            "9223372036854775808"
        );
        assert_eq!(ok(Value::Int(i64::MIN), Value::Int(-1), BinOp::Mod), "0");
        assert_eq!(ok(Value::Int(-7), Value::Int(2), BinOp::FloorDiv), "-4");
        assert_eq!(ok(Value::Int(7), Value::Int(-3), BinOp::Mod), "-2");
        assert_eq!(
            ok(Value::Int(2), Value::Int(100), BinOp::Pow),
            "1267650600228229401496703205376"
        );
        assert_eq!(ok(Value::Int(2), Value::Int(-1), BinOp::Pow), "0.5");
        assert_eq!(
            ok(Value::Int(1), Value::Int(100), BinOp::LShift),
            "1267650600228229401496703205376"
        );
        assert_eq!(ok(Value::Int(-5), Value::Int(100), BinOp::RShift), "-1");
        assert_eq!(ok(Value::Int(-5), Value::Int(1), BinOp::RShift), "-3");
        assert_eq!(
            ok(Value::Bool(true), Value::Bool(true), BinOp::BitAnd),
            "true"
        );
        assert_eq!(ok(Value::Bool(true), Value::Bool(true), BinOp::Add), "2");
        assert_eq!(
            ok(Value::Int(1), Value::Int(3), BinOp::Div),
            "0.3333333333333333"
        );
        // (2**1100 + 1) / 3 == 4.5e330 overflows; 10**30 // 7 as float:
        assert_eq!(
            ok(
                big("1000000000000000000000000000000"),
                Value::Int(7),
                BinOp::Div
            ),
            "1.4285714285714285e29"
        );
        assert_eq!(
            ok(
                big("-340282366920938463463374607431768211456"),
                big("-18446744073709551616"),
                BinOp::BitAnd
            ),
            "-340282366920938463463374607431768211456"
        );
    }

    #[test]
    fn int_errors() {
        assert!(
            err(Value::Int(1), Value::Int(0), BinOp::FloorDiv)
                .contains("integer division or modulo by zero")
        );
        assert!(err(Value::Int(1), Value::Int(0), BinOp::Mod).contains("integer modulo by zero"));
        assert!(err(Value::Int(1), Value::Int(0), BinOp::Div).contains("\"division by zero\""));
        assert!(err(Value::Int(0), Value::Int(-1), BinOp::Pow).contains("0.0 cannot be raised"));
        assert!(err(Value::Int(1), Value::Int(-1), BinOp::LShift).contains("negative shift count"));
        assert!(err(Value::Int(2), big("10000000000"), BinOp::Pow).contains("MemoryError"));
        assert!(
            err(Value::Int(1), big("100000000000000000000"), BinOp::LShift).contains("MemoryError")
        );
        assert!(ok(Value::Int(2), Value::Int(100000), BinOp::Pow).len() > 30000);
        assert_eq!(
            ok(Value::Int(-1), big("100000000000000000001"), BinOp::Pow),
            "-1"
        );
    }

    #[test]
    fn floats() {
        assert_eq!(
            ok(Value::Float(-7.5), Value::Int(2), BinOp::FloorDiv),
            "-4.0"
        );
        assert_eq!(ok(Value::Float(-0.0), Value::Int(5), BinOp::Mod), "0.0");
        assert_eq!(ok(Value::Int(5), Value::Float(2.5), BinOp::Mod), "0.0");
        assert_eq!(ok(Value::Float(-1.0), Value::Float(3.0), BinOp::Mod), "2.0");
        assert!(err(Value::Float(1.0), Value::Int(0), BinOp::Mod).contains("float modulo"));
        assert!(
            err(Value::Float(1.0), Value::Int(0), BinOp::FloorDiv)
                .contains("float floor division by zero")
        );
        assert!(
            err(Value::Float(1.0), Value::Int(0), BinOp::Div).contains("float division by zero")
        );
        assert!(
            err(Value::Float(10.0), Value::Int(400), BinOp::Pow)
                .contains("Numerical result out of range")
        );
        assert!(err(big("1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"), Value::Float(0.5), BinOp::Add).contains("int too large to convert to float"));
        assert!(
            op(Value::Float(1.5), Value::Int(1), BinOp::BitAnd)
                .unwrap()
                .is_none()
        );
    }

    #[test]
    fn unary() {
        let mut vm = vm();
        let neg =
            |vm: &mut Vm, v: Value, o| format!("{:?}", builtin_unary(vm, &v, o).unwrap().unwrap());
        assert_eq!(
            neg(&mut vm, Value::Int(i64::MIN), UnaryOp::Neg),
            "9223372036854775808"
        );
        assert_eq!(neg(&mut vm, Value::Bool(true), UnaryOp::Invert), "-2");
        assert_eq!(neg(&mut vm, Value::Bool(true), UnaryOp::Neg), "-1");
        assert_eq!(neg(&mut vm, Value::Bool(true), UnaryOp::Pos), "1");
        assert_eq!(
            neg(&mut vm, big("9223372036854775808"), UnaryOp::Neg),
            "-9223372036854775808"
        );
    }
}
