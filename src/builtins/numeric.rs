//! Numeric builtins: abs, round, divmod, pow, sum, min, max, hex, oct,
//! bin, chr, ord.

use super::args::{arity, exactly_one, kwargs_named, no_kwargs};
use crate::ast::BinOp;
use crate::error::{
    ExcKind, PyErr, PyResult, overflow_error, type_error, value_error, zero_division,
};
use crate::types::arith::{as_int, float_divmod, to_bigint};
use crate::types::int::index_big;
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub fn register(vm: &mut Vm) {
    vm.add_builtin("abs", abs);
    vm.add_builtin("round", round);
    vm.add_builtin("divmod", divmod);
    vm.add_builtin("pow", pow);
    vm.add_builtin("sum", sum);
    vm.add_builtin("min", min);
    vm.add_builtin("max", max);
    vm.add_builtin("hex", hex);
    vm.add_builtin("oct", oct);
    vm.add_builtin("bin", bin);
    vm.add_builtin("chr", chr);
    vm.add_builtin("ord", ord);
}

pub fn abs(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("abs", kwargs)?;
    exactly_one("abs", args)?;
    let v = &args[0];
    match v {
        Value::Float(f) => return Ok(Value::Float(f.abs())),
        Value::Int(i) => {
            return Ok(match i.checked_abs() {
                Some(a) => Value::Int(a),
                None => Value::from_bigint(BigInt::from(*i).abs()),
            });
        }
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::BigInt(b) => return Ok(Value::from_bigint(b.abs())),
        _ => {}
    }
    let name = vm.names.abs.clone();
    match vm.call_special(v, &name, vec![])? {
        Some(r) => Ok(r),
        None => Err(type_error(format!(
            "bad operand type for abs(): '{}'",
            vm.type_name(v)
        ))),
    }
}

/// `round(x[, ndigits])`: half-to-even for ints and floats.
fn round(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let [number, ndigits] = kwargs_named("round", kwargs, ["number", "ndigits"])?;
    if args.len() > 2 {
        return Err(type_error(format!(
            "round() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let Some(x) = args.first().cloned().or(number) else {
        return Err(type_error(
            "round() missing required argument 'number' (pos 1)",
        ));
    };
    let nd = args.get(1).cloned().or(ndigits).unwrap_or(Value::None);
    match &x {
        Value::Float(f) => round_float(vm, *f, &nd),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => round_int(vm, &x, &nd),
        _ => {
            let name = vm.names.round.clone();
            let cls = vm.type_of(&x);
            match cls.lookup(&name) {
                Some(m) => {
                    let mut full = vec![x.clone()];
                    if !nd.is_none() {
                        full.push(nd);
                    }
                    vm.call(&m, full, vec![])
                }
                None => Err(type_error(format!(
                    "type {} doesn't define __round__ method",
                    vm.type_name(&x)
                ))),
            }
        }
    }
}

/// `float.__round__`.
pub fn round_float(vm: &mut Vm, f: f64, nd: &Value) -> PyResult<Value> {
    if nd.is_none() {
        return float_to_int(crate::format::float_repr::round_half_even(f));
    }
    let n = ndigits_value(vm, nd)?;
    crate::format::float_repr::round_float(f, n)
        .map(Value::Float)
        .map_err(crate::types::float::format_err)
}

/// `int.__round__`: identity for ndigits >= 0, else half-even to 10**-n.
pub fn round_int(vm: &mut Vm, x: &Value, nd: &Value) -> PyResult<Value> {
    let x = to_bigint(x).unwrap_or_default();
    if nd.is_none() {
        return Ok(Value::from_bigint(x));
    }
    let n = ndigits_value(vm, nd)?;
    if n >= 0 {
        return Ok(Value::from_bigint(x));
    }
    // 10**k with k beyond the digits of x rounds everything to 0.
    let k = n.unsigned_abs();
    if k > x.bits() {
        return Ok(Value::Int(0));
    }
    let p = num_traits::pow(BigInt::from(10), k as usize);
    let (q, r) = x.div_mod_floor(&p);
    let twice = &r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) {
        q + 1
    } else {
        q
    };
    Ok(Value::from_bigint(q * p))
}

/// ndigits as i64; big values saturate (they mean "no change" or "zero").
fn ndigits_value(vm: &mut Vm, nd: &Value) -> PyResult<i64> {
    let b = index_big(vm, nd)?;
    Ok(b.to_i64()
        .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }))
}

/// A float with no fraction as an int, with CPython's errors.
pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    if f.abs() < 9.2e18 {
        return Ok(Value::Int(f as i64));
    }
    let b: BigInt = num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default();
    Ok(Value::from_bigint(b))
}

fn divmod(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("divmod", kwargs)?;
    arity("divmod", args, 2, 2)?;
    divmod_values(vm, &args[0], &args[1])
}

/// `divmod(a, b)` for any operands.
pub fn divmod_values(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<Value> {
    if let (Some(x), Some(y)) = (as_int(a), as_int(b)) {
        if y.is_zero() {
            return Err(zero_division("integer division or modulo by zero"));
        }
        let (x, y) = (x.to_big(), y.to_big());
        let (q, r) = x.div_mod_floor(&y);
        return Ok(Value::tuple(vec![
            Value::from_bigint(q),
            Value::from_bigint(r),
        ]));
    }
    let num = |v: &Value| matches!(v, Value::Float(_)) || as_int(v).is_some();
    if num(a) && num(b) {
        let x = crate::types::arith::to_float(a)?;
        let y = crate::types::arith::to_float(b)?;
        if y == 0.0 {
            return Err(zero_division("float divmod()"));
        }
        let (q, r) = float_divmod(x, y);
        return Ok(Value::tuple(vec![Value::Float(q), Value::Float(r)]));
    }
    let user = |v: &Value| matches!(v, Value::Instance(_) | Value::Object(_));
    if user(a)
        && let Some(r) = try_dunder(vm, a, "__divmod__", b)?
    {
        return Ok(r);
    }
    if user(b)
        && let Some(r) = try_dunder(vm, b, "__rdivmod__", a)?
    {
        return Ok(r);
    }
    Err(type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        vm.type_name(a),
        vm.type_name(b)
    )))
}

fn try_dunder(vm: &mut Vm, obj: &Value, name: &str, arg: &Value) -> PyResult<Option<Value>> {
    match vm.call_special(obj, &intern(name), vec![arg.clone()])? {
        Some(Value::NotImplemented) | None => Ok(None),
        Some(r) => Ok(Some(r)),
    }
}

pub fn pow(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let [kb, ke, km] = kwargs_named("pow", kwargs, ["base", "exp", "mod"])?;
    if args.len() > 3 {
        return Err(type_error(format!(
            "pow() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    let base = args.first().cloned().or(kb);
    let exp = args.get(1).cloned().or(ke);
    let m = args.get(2).cloned().or(km).unwrap_or(Value::None);
    let (Some(base), Some(exp)) = (base, exp) else {
        let which = if args.is_empty() { "base" } else { "exp" };
        let pos = if args.is_empty() { 1 } else { 2 };
        return Err(type_error(format!(
            "pow() missing required argument '{which}' (pos {pos})"
        )));
    };
    if m.is_none() {
        return vm.binary_op(&base, &exp, BinOp::Pow);
    }
    let (Some(b), Some(e), Some(md)) = (to_bigint(&base), to_bigint(&exp), to_bigint(&m)) else {
        if let Value::Instance(_) = base {
            let name = intern("__pow__");
            if let Some(r) = vm.call_special(&base, &name, vec![exp, m])?
                && !matches!(r, Value::NotImplemented)
            {
                return Ok(r);
            }
        }
        return Err(type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    };
    mod_pow(&b, &e, &md).map(Value::from_bigint)
}

/// `pow(b, e, m)` on ints, including negative exponents (modular inverse).
pub fn mod_pow(b: &BigInt, e: &BigInt, m: &BigInt) -> PyResult<BigInt> {
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    let am = m.abs();
    let mut base = b.mod_floor(&am);
    let mut e = e.clone();
    if e.is_negative() {
        base = mod_inverse(&base, &am)
            .ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
        e = -e;
    }
    let mut r = if am.is_one() {
        BigInt::zero()
    } else {
        base.modpow(&e, &am)
    };
    // Python's result takes the sign of the modulus.
    if m.is_negative() && !r.is_zero() {
        r -= &am;
    }
    Ok(r)
}

/// The inverse of `a` modulo `m` (both non-negative, m > 0).
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(m))
}

fn sum(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let [kstart] = kwargs_named("sum", kwargs, ["start"])?;
    arity("sum", args, 1, 2)?;
    let start = args.get(1).cloned().or(kstart).unwrap_or(Value::Int(0));
    match start {
        Value::Str(_) => {
            return Err(type_error(
                "sum() can't sum strings [use ''.join(seq) instead]",
            ));
        }
        Value::Bytes(_) => {
            return Err(type_error(
                "sum() can't sum bytes [use b''.join(seq) instead]",
            ));
        }
        Value::ByteArray(_) => {
            return Err(type_error(
                "sum() can't sum bytearray [use b''.join(seq) instead]",
            ));
        }
        _ => {}
    }
    let it = vm.get_iter(&args[0])?;
    let mut acc = start;
    while let Some(item) = vm.iter_next(&it)? {
        // Ints that stay in range and floats add here, as CPython's own
        // fast paths do (3.11 adds floats plainly, uncompensated).
        acc = match (&acc, &item) {
            (Value::Int(a), Value::Int(b)) if let Some(r) = a.checked_add(*b) => Value::Int(r),
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => vm.binary_op(&acc, &item, BinOp::Add)?,
        };
    }
    Ok(acc)
}

fn min(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    min_max(vm, args, kwargs, "min")
}

fn max(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    min_max(vm, args, kwargs, "max")
}

/// Shared body of min() and max(); the first extreme item wins ties.
fn min_max(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)], name: &str) -> PyResult<Value> {
    let [key, default] = kwargs_named(name, kwargs, ["key", "default"])?;
    let key = key.filter(|k| !k.is_none());
    if args.is_empty() {
        return Err(type_error(format!(
            "{name} expected at least 1 argument, got 0"
        )));
    }
    let items: Vec<Value> = if args.len() == 1 {
        vm.collect(&args[0])?
    } else {
        if default.is_some() {
            return Err(type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        args.to_vec()
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call_one(f, item.clone())?,
            None => item.clone(),
        };
        let better = match &best {
            None => true,
            Some((bk, _)) => {
                if name == "min" {
                    vm.less_than(&k, bk)?
                } else {
                    vm.less_than(bk, &k)?
                }
            }
        };
        if better {
            best = Some((k, item));
        }
    }
    match (best, default) {
        (Some((_, v)), _) => Ok(v),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn hex(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    radix("hex", vm, args, kwargs, 16, "0x")
}

fn oct(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    radix("oct", vm, args, kwargs, 8, "0o")
}

fn bin(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    radix("bin", vm, args, kwargs, 2, "0b")
}

fn radix(
    name: &str,
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Str, Value)],
    base: u32,
    prefix: &str,
) -> PyResult<Value> {
    no_kwargs(name, kwargs)?;
    exactly_one(name, args)?;
    let n = index_big(vm, &args[0])?;
    let sign = if n.is_negative() { "-" } else { "" };
    Ok(Value::string(format!(
        "{sign}{prefix}{}",
        n.magnitude().to_str_radix(base)
    )))
}

fn chr(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("chr", kwargs)?;
    exactly_one("chr", args)?;
    let n = index_big(vm, &args[0])?;
    let Some(n) = n.to_i32() else {
        return Err(overflow_error("Python int too large to convert to C int"));
    };
    if !(0..0x110000).contains(&n) {
        return Err(value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(n as u32) {
        Some(c) => Ok(Value::string(c.to_string())),
        // Rust strings cannot hold lone surrogates.
        None => Err(PyErr::new(
            ExcKind::NotImplementedError,
            "surrogate code points are not supported by pyproc yet",
        )),
    }
}

fn ord(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("ord", kwargs)?;
    exactly_one("ord", args)?;
    let one = |n: usize| {
        type_error(format!(
            "ord() expected a character, but string of length {n} found"
        ))
    };
    match &args[0] {
        Value::Str(s) => {
            let mut it = s.as_str().chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(Value::Int(c as i64)),
                _ => Err(one(s.char_len())),
            }
        }
        Value::Bytes(b) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
        Value::Bytes(b) => Err(one(b.len())),
        Value::ByteArray(b) => {
            let b = b.borrow();
            if b.len() == 1 {
                Ok(Value::Int(b[0] as i64))
            } else {
                Err(one(b.len()))
            }
        }
        other => Err(type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(other)
        ))),
    }
}

#[cfg(test)]
mod tests {
    use crate::value::{Value, intern};
    use crate::vm::Vm;

    /// Calls builtin `name` and renders the result or error.
    fn call(vm: &mut Vm, name: &str, args: Vec<Value>) -> String {
        let f = vm
            .builtins
            .borrow()
            .get_str(&intern(name))
            .cloned()
            .unwrap();
        match vm.call(&f, args, vec![]) {
            Ok(v) => format!("{v:?}"),
            Err(e) => format!("{e:?}"),
        }
    }

    #[test]
    fn numeric_builtins_match_cpython() {
        let mut vm = Vm::new(vec![]);
        let (i, f) = (Value::Int, Value::Float);
        assert_eq!(call(&mut vm, "round", vec![f(2.5)]), "2");
        assert_eq!(call(&mut vm, "round", vec![f(3.5)]), "4");
        assert_eq!(call(&mut vm, "round", vec![i(1250), i(-2)]), "1200");
        assert_eq!(call(&mut vm, "round", vec![i(1350), i(-2)]), "1400");
        assert_eq!(call(&mut vm, "round", vec![f(2.675), i(2)]), "2.67");
        assert!(
            call(&mut vm, "round", vec![f(f64::NAN)])
                .contains("cannot convert float NaN to integer")
        );
        assert_eq!(call(&mut vm, "pow", vec![i(3), i(-1), i(7)]), "5");
        assert_eq!(call(&mut vm, "pow", vec![i(2), i(10), i(-7)]), "-5");
        assert!(call(&mut vm, "pow", vec![i(2), i(-1), i(4)]).contains("not invertible"));
        assert!(
            call(&mut vm, "pow", vec![f(2.0), i(3), i(5)]).contains("3rd argument not allowed")
        );
        assert_eq!(call(&mut vm, "divmod", vec![i(-7), i(2)]), "([-4, 1],)");
        assert_eq!(
            call(&mut vm, "divmod", vec![f(-7.5), i(2)]),
            "([-4.0, 0.5],)"
        );
        assert!(call(&mut vm, "divmod", vec![f(1.0), i(0)]).contains("float divmod()"));
        assert_eq!(call(&mut vm, "hex", vec![i(-31)]), "\"-0x1f\"");
        assert_eq!(call(&mut vm, "bin", vec![i(5)]), "\"0b101\"");
        assert_eq!(call(&mut vm, "oct", vec![i(8)]), "\"0o10\"");
        assert_eq!(call(&mut vm, "chr", vec![i(65)]), "\"A\"");
        assert!(
            call(&mut vm, "chr", vec![i(0x110000)]).contains("chr() arg not in range(0x110000)")
        );
        assert!(
            call(&mut vm, "ord", vec![Value::str("ab")]).contains("but string of length 2 found")
        );
        assert_eq!(
            call(&mut vm, "abs", vec![i(i64::MIN)]),
            "9223372036854775808"
        );
        assert_eq!(call(&mut vm, "max", vec![i(1), i(3), i(2)]), "3");
        assert_eq!(call(&mut vm, "min", vec![i(4), i(3), i(5)]), "3");
        assert!(
            call(&mut vm, "sum", vec![Value::list(vec![]), Value::str("")])
                .contains("can't sum strings")
        );
        let int = Value::Class(vm.types.int.clone());
        assert_eq!(
            call(&mut vm, "isinstance", vec![Value::Bool(true), int]),
            "true"
        );
        assert!(
            call(&mut vm, "isinstance", vec![i(1), i(1)]).contains("a tuple of types, or a union")
        );
    }

    #[test]
    fn constructors() {
        let mut vm = Vm::new(vec![]);
        let call_cls =
            |vm: &mut Vm, c: std::rc::Rc<crate::object::Class>, args: Vec<Value>| match vm.call(
                &Value::Class(c),
                args,
                vec![],
            ) {
                Ok(v) => format!("{v:?}"),
                Err(e) => format!("{e:?}"),
            };
        let int = vm.types.int.clone();
        let float = vm.types.float.clone();
        assert_eq!(
            call_cls(&mut vm, int.clone(), vec![Value::Float(-3.9)]),
            "-3"
        );
        assert_eq!(
            call_cls(
                &mut vm,
                int.clone(),
                vec![Value::str(" 0x1F "), Value::Int(0)]
            ),
            "31"
        );
        assert_eq!(
            call_cls(
                &mut vm,
                int.clone(),
                vec![Value::str("12345678901234567890")]
            ),
            "12345678901234567890"
        );
        assert!(
            call_cls(&mut vm, int.clone(), vec![Value::str("abc")])
                .contains("invalid literal for int() with base 10")
        );
        assert!(
            call_cls(&mut vm, int.clone(), vec![Value::Float(f64::INFINITY)])
                .contains("cannot convert float infinity to integer")
        );
        assert!(
            call_cls(&mut vm, int, vec![Value::str("1"), Value::Int(1)])
                .contains("int() base must be >= 2 and <= 36, or 0")
        );
        assert_eq!(
            call_cls(&mut vm, float.clone(), vec![Value::str(" 1e3 ")]),
            "1000.0"
        );
        assert!(
            call_cls(&mut vm, float, vec![Value::str("abc")])
                .contains("could not convert string to float")
        );
    }
}
