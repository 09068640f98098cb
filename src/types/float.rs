//! `float`: the constructor and methods.

use crate::builtins::args::no_kwargs;
use crate::error::{ExcKind, PyErr, PyResult, overflow_error, type_error, value_error};
use crate::format::{ErrKind, FormatError};
use crate::types::arith::{as_int, bigint_to_f64};
use crate::value::{Str, Value};
use crate::vm::Vm;
use num_bigint::BigInt;

pub fn register(vm: &mut Vm) {
    let c = vm.types.float.clone();
    vm.add_method(&c, "__new__", float_new);
    vm.add_method(&c, "is_integer", is_integer);
    vm.add_method(&c, "as_integer_ratio", as_integer_ratio);
    vm.add_method(&c, "hex", hex);
    vm.add_method(&c, "__abs__", float_abs);
    vm.add_method(&c, "__neg__", float_neg);
    vm.add_method(&c, "__pos__", conjugate);
    let native = vm.native("fromhex", "float.fromhex".to_string(), fromhex);
    c.dict.borrow_mut().set_str(
        crate::value::intern("fromhex"),
        Value::StaticMethod(std::rc::Rc::new(native)),
    );
    vm.add_method(&c, "conjugate", conjugate);
    vm.add_method(&c, "__float__", conjugate);
    vm.add_method(&c, "__round__", round);
    vm.add_method(&c, "__trunc__", trunc);
    vm.add_method(&c, "__int__", trunc);
    vm.add_method(&c, "__floor__", floor);
    vm.add_method(&c, "__ceil__", ceil);
}

/// A `crate::format` error as the Python exception it stands for.
pub fn format_err(e: FormatError) -> PyErr {
    let kind = match e.kind {
        ErrKind::ValueError => ExcKind::ValueError,
        ErrKind::TypeError => ExcKind::TypeError,
        ErrKind::OverflowError => ExcKind::OverflowError,
    };
    PyErr::new(kind, e.message)
}

fn self_float(args: &[Value]) -> PyResult<f64> {
    match args.first() {
        Some(Value::Float(f)) => Ok(*f),
        _ => Err(type_error("descriptor requires a 'float' object")),
    }
}

/// `float(x=0.0)`.
fn float_new(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("float", kwargs)?;
    if args.len() > 1 {
        return Err(type_error(format!(
            "float expected at most 1 argument, got {}",
            args.len()
        )));
    }
    match args.first() {
        None => Ok(Value::Float(0.0)),
        Some(x) => to_float_value(vm, x).map(Value::Float),
    }
}

/// `float(x)` for one argument.
pub fn to_float_value(vm: &mut Vm, x: &Value) -> PyResult<f64> {
    match x {
        Value::Float(f) => return Ok(*f),
        Value::Int(i) => return Ok(*i as f64),
        Value::Bool(b) => return Ok(*b as i64 as f64),
        Value::BigInt(b) => return bigint_to_f64(b),
        _ => {}
    }
    let text = match x {
        Value::Str(s) => Some(s.as_str().to_string()),
        Value::Bytes(b) => Some(String::from_utf8_lossy(b).into_owned()),
        Value::ByteArray(b) => Some(String::from_utf8_lossy(&b.borrow()).into_owned()),
        _ => None,
    };
    if let Some(s) = text {
        return crate::format::parse_num::parse_float(&s).or_else(|_| {
            let r = vm.repr(x)?;
            Err(value_error(format!(
                "could not convert string to float: {r}"
            )))
        });
    }
    if let Value::Instance(_) = x {
        let name = vm.names.float_.clone();
        if let Some(r) = vm.call_special(x, &name, vec![])? {
            return match r {
                Value::Float(f) => Ok(f),
                other => Err(type_error(format!(
                    "{}.__float__ returned non-float (type {})",
                    vm.type_name(x),
                    vm.type_name(&other)
                ))),
            };
        }
        let name = vm.names.index.clone();
        if let Some(r) = vm.call_special(x, &name, vec![])? {
            return match as_int(&r) {
                Some(i) => bigint_to_f64(&i.to_big()),
                None => Err(type_error(format!(
                    "__index__ returned non-int (type {})",
                    vm.type_name(&r)
                ))),
            };
        }
    }
    Err(type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        vm.type_name(x)
    )))
}

fn is_integer(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = self_float(args)?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

/// The exact ratio: mantissa and power of two, reduced.
pub fn float_ratio(f: f64) -> PyResult<(BigInt, BigInt)> {
    if f.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    let (m, e) = crate::vm::protocol::frexp(f);
    // m * 2**53 is an exact integer; shift out common factors of two.
    let mut num = (m * 9007199254740992.0) as i64;
    let mut exp = e - 53;
    while num != 0 && num % 2 == 0 && exp < 0 {
        num /= 2;
        exp += 1;
    }
    let mut n = BigInt::from(num);
    let mut d = BigInt::from(1);
    if exp > 0 {
        n <<= exp as usize;
    } else {
        d <<= (-exp) as usize;
    }
    Ok((n, d))
}

fn as_integer_ratio(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let (n, d) = float_ratio(self_float(args)?)?;
    Ok(Value::tuple(vec![
        Value::from_bigint(n),
        Value::from_bigint(d),
    ]))
}

/// `float.hex()`: '0x1.8000000000000p+0' style.
fn hex(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = self_float(args)?;
    if f.is_nan() {
        return Ok(Value::str("nan"));
    }
    if f.is_infinite() {
        return Ok(Value::str(if f > 0.0 { "inf" } else { "-inf" }));
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return Ok(Value::string(format!("{sign}0x0.0p+0")));
    }
    let bits = f.abs().to_bits();
    let raw_exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1 << 52) - 1);
    // Subnormals print with a leading 0 and the minimum exponent.
    let (lead, exp) = if raw_exp == 0 {
        (0, -1022)
    } else {
        (1, raw_exp - 1023)
    };
    Ok(Value::string(format!("{sign}0x{lead}.{mant:013x}p{exp:+}")))
}

fn float_abs(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::Float(self_float(args)?.abs()))
}

fn float_neg(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::Float(-self_float(args)?))
}

/// `float.fromhex(s)`: `[sign]['0x']hexdigits['.'hexdigits]['p'exponent]`,
/// or inf/infinity/nan.
fn fromhex(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let s = match args.last() {
        Some(Value::Str(s)) => s.as_str().to_string(),
        Some(other) => {
            return Err(type_error(format!(
                "bad argument type for built-in operation: {}",
                other.kind_name()
            )));
        }
        None => return Err(type_error("fromhex() takes exactly one argument (0 given)")),
    };
    parse_hex_float(s.trim())
        .map(Value::Float)
        .ok_or_else(|| value_error("invalid hexadecimal floating-point string"))
}

fn parse_hex_float(s: &str) -> Option<f64> {
    let (neg, rest) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = rest.to_ascii_lowercase();
    let special = match lower.as_str() {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if neg { -v } else { v });
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (digits, exp) = match body.split_once('p') {
        Some((d, e)) => (d, e.parse::<i64>().ok()?),
        None => (body, 0),
    };
    let (int_part, frac_part) = digits.split_once('.').unwrap_or((digits, ""));
    if int_part.is_empty() && frac_part.is_empty() {
        return None;
    }
    let mut mant = BigInt::from(0);
    for c in int_part.chars().chain(frac_part.chars()) {
        mant = mant * 16 + c.to_digit(16)?;
    }
    let scale = exp.checked_sub(4 * frac_part.len() as i64)?;
    let m = bigint_to_f64(&mant).ok()?;
    let mut v = m;
    // Scale in steps so intermediate powers of two stay finite.
    let mut e = scale;
    while e != 0 && v != 0.0 && v.is_finite() {
        let step = e.clamp(-1000, 1000);
        v *= 2f64.powi(step as i32);
        e -= step;
    }
    Some(if neg { -v } else { v })
}

fn conjugate(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::Float(self_float(args)?))
}

fn round(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let f = self_float(args)?;
    let nd = args.get(1).cloned().unwrap_or(Value::None);
    crate::builtins::numeric::round_float(vm, f, &nd)
}

fn trunc(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    crate::builtins::numeric::float_to_int(self_float(args)?.trunc())
}

fn floor(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    crate::builtins::numeric::float_to_int(self_float(args)?.floor())
}

fn ceil(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    crate::builtins::numeric::float_to_int(self_float(args)?.ceil())
}
