//! `int`: the constructor and methods.

use crate::builtins::args::kwargs_named;
use crate::error::{PyResult, overflow_error, type_error, value_error};
use crate::format::parse_num::{INT_MAX_STR_DIGITS, IntParseError, parse_int_limited};
use crate::types::arith::{as_int, to_bigint};
use crate::value::{Str, Value};
use crate::vm::Vm;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

pub fn register(vm: &mut Vm) {
    let c = vm.types.int.clone();
    vm.add_method(&c, "__new__", int_new);
    vm.add_method(&c, "bit_length", bit_length);
    vm.add_method(&c, "bit_count", bit_count);
    vm.add_method(&c, "to_bytes", to_bytes);
    vm.add_method(&c, "conjugate", same_int);
    vm.add_method(&c, "__index__", same_int);
    vm.add_method(&c, "__int__", same_int);
    vm.add_method(&c, "__trunc__", same_int);
    vm.add_method(&c, "__floor__", same_int);
    vm.add_method(&c, "__ceil__", same_int);
    vm.add_method(&c, "__float__", int_float);
    vm.add_method(&c, "__round__", int_round);
    vm.add_method(&c, "as_integer_ratio", as_integer_ratio);
    vm.add_method(&c, "__abs__", int_abs);
    vm.add_method(&c, "__neg__", int_neg);
    vm.add_method(&c, "__pos__", same_int);
    let from_bytes = vm.native("from_bytes", "int.from_bytes".into(), from_bytes);
    c.dict.borrow_mut().set_str(
        crate::value::intern("from_bytes"),
        Value::ClassMethod(Rc::new(from_bytes)),
    );
}

/// An int from an `__index__`-capable value, as a BigInt.
pub fn index_big(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    if let Some(b) = to_bigint(v) {
        return Ok(b);
    }
    if let Value::Instance(_) = v {
        let name = vm.names.index.clone();
        if let Some(r) = vm.call_special(v, &name, vec![])? {
            return to_bigint(&r).ok_or_else(|| {
                type_error(format!(
                    "__index__ returned non-int (type {})",
                    vm.type_name(&r)
                ))
            });
        }
    }
    Err(type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(v)
    )))
}

fn self_int(args: &[Value]) -> PyResult<BigInt> {
    args.first()
        .and_then(to_bigint)
        .ok_or_else(|| type_error("descriptor requires an 'int' object"))
}

/// `int(x=0)` / `int(x, base)`.
fn int_new(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let [kbase] = kwargs_named("int", kwargs, ["base"])?;
    if args.len() > 2 {
        return Err(type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let base = args.get(1).cloned().or(kbase);
    let Some(x) = args.first() else {
        if base.is_some() {
            return Err(type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    match base {
        Some(b) => {
            let b = vm.index_value(&b)?;
            if b != 0 && !(2..=36).contains(&b) {
                return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            match text_of(x) {
                Some(s) => parse_with_base(vm, x, &s, b as u32),
                None => Err(type_error(
                    "int() can't convert non-string with explicit base",
                )),
            }
        }
        None => to_int(vm, x),
    }
}

/// The text of a str, bytes or bytearray argument.
fn text_of(v: &Value) -> Option<String> {
    match v {
        Value::Str(s) => Some(s.as_str().to_string()),
        Value::Bytes(b) => Some(String::from_utf8_lossy(b).into_owned()),
        Value::ByteArray(b) => Some(String::from_utf8_lossy(&b.borrow()).into_owned()),
        _ => None,
    }
}

fn parse_with_base(vm: &mut Vm, orig: &Value, s: &str, base: u32) -> PyResult<Value> {
    match parse_int_limited(s, base, INT_MAX_STR_DIGITS) {
        Ok(b) => Ok(Value::from_bigint(b)),
        Err(IntParseError::Invalid) => {
            let r = vm.repr(orig)?;
            Err(value_error(format!(
                "invalid literal for int() with base {base}: {r}"
            )))
        }
        Err(e) => Err(e
            .limit_error(INT_MAX_STR_DIGITS)
            .map(crate::types::float::format_err)
            .unwrap_or_else(|| value_error("invalid literal"))),
    }
}

/// `int(x)` with one argument.
pub fn to_int(vm: &mut Vm, x: &Value) -> PyResult<Value> {
    match x {
        Value::Int(_) | Value::BigInt(_) => return Ok(x.clone()),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(f) => return crate::builtins::numeric::float_to_int(f.trunc()),
        _ => {}
    }
    if let Some(s) = text_of(x) {
        return parse_with_base(vm, x, &s, 10);
    }
    if let Value::Instance(_) = x {
        for name in ["__int__", "__index__", "__trunc__"] {
            let n = crate::value::intern(name);
            if let Some(r) = vm.call_special(x, &n, vec![])? {
                return match as_int(&r) {
                    Some(_) => Ok(if let Value::Bool(b) = r {
                        Value::Int(b as i64)
                    } else {
                        r
                    }),
                    None => Err(type_error(format!(
                        "{name} returned non-int (type {})",
                        vm.type_name(&r)
                    ))),
                };
            }
        }
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        vm.type_name(x)
    )))
}

fn same_int(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::from_bigint(self_int(args)?))
}

fn int_abs(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::from_bigint(self_int(args)?.abs()))
}

fn int_neg(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::from_bigint(-self_int(args)?))
}

fn int_float(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    crate::types::arith::bigint_to_f64(&self_int(args)?).map(Value::Float)
}

fn int_round(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let x = Value::from_bigint(self_int(args)?);
    let nd = args.get(1).cloned().unwrap_or(Value::None);
    crate::builtins::numeric::round_int(vm, &x, &nd)
}

fn bit_length(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::Int(self_int(args)?.bits() as i64))
}

fn bit_count(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let n = self_int(args)?;
    let ones: u64 = n
        .magnitude()
        .to_u64_digits()
        .iter()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(ones as i64))
}

fn as_integer_ratio(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::tuple(vec![
        Value::from_bigint(self_int(args)?),
        Value::Int(1),
    ]))
}

/// Reads byteorder and signed from positional/keyword arguments.
fn byteorder(vm: &Vm, v: Option<Value>) -> PyResult<bool> {
    match v {
        None => Ok(true),
        Some(Value::Str(s)) => match s.as_str() {
            "big" => Ok(true),
            "little" => Ok(false),
            _ => Err(value_error("byteorder must be either 'little' or 'big'")),
        },
        Some(other) => Err(type_error(format!(
            "to_bytes() argument 'byteorder' must be str, not {}",
            vm.type_name(&other)
        ))),
    }
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn to_bytes(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let [kl, ko, ks] = kwargs_named("to_bytes", kwargs, ["length", "byteorder", "signed"])?;
    let n = self_int(args)?;
    let length = match args.get(1).cloned().or(kl) {
        Some(v) => vm.index_value(&v)?,
        None => 1,
    };
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    let big = byteorder(vm, args.get(2).cloned().or(ko))?;
    let signed = match ks {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    if !signed && n.is_negative() {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        n.to_signed_bytes_le()
    } else {
        n.magnitude().to_bytes_le()
    };
    if n.is_zero() {
        bytes.clear();
    }
    let length = length as usize;
    if bytes.len() > length {
        return Err(overflow_error("int too big to convert"));
    }
    let fill = if signed && n.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if big {
        bytes.reverse();
    }
    Ok(Value::bytes(bytes))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (classmethod).
fn from_bytes(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let [kb, ko, ks] = kwargs_named("from_bytes", kwargs, ["bytes", "byteorder", "signed"])?;
    // args[0] is the class.
    let Some(data) = args.get(1).cloned().or(kb) else {
        return Err(type_error(
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    };
    let mut bytes: Vec<u8> = match &data {
        Value::Bytes(b) => b.to_vec(),
        Value::ByteArray(b) => b.borrow().clone(),
        other => {
            let mut out = Vec::new();
            for item in vm.collect(other)? {
                let i = vm.index_value(&item)?;
                let b =
                    u8::try_from(i).map_err(|_| value_error("bytes must be in range(0, 256)"))?;
                out.push(b);
            }
            out
        }
    };
    let big = byteorder(vm, args.get(2).cloned().or(ko))?;
    let signed = match ks {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    if big {
        bytes.reverse();
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &bytes)
    };
    Ok(Value::from_bigint(n))
}

/// An int value as i64 when it fits (helper for other modules).
pub fn small(v: &Value) -> Option<i64> {
    to_bigint(v).and_then(|b| b.to_i64())
}
