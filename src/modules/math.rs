//! The `math` module. Errors follow CPython: a NaN from a non-NaN input is
//! ValueError "math domain error", an infinity from finite input is
//! OverflowError "math range error".

use crate::ast::BinOp;
use crate::builtins::args::{arity, kwargs_named, no_kwargs};
use crate::builtins::numeric::float_to_int;
use crate::error::{ExcKind, PyErr, PyResult, overflow_error, type_error, value_error};
use crate::types::arith::{MAX_INT_BITS, as_int, bigint_to_f64, ldexp};
use crate::types::int::index_big;
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

fn domain() -> PyErr {
    value_error("math domain error")
}

fn range() -> PyErr {
    overflow_error("math range error")
}

/// A real-number argument as f64 (`__float__` / `__index__` honoured).
fn real(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(f) => Ok(*f),
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => crate::types::arith::to_float(v),
        Value::Instance(_) => crate::types::float::to_float_value(vm, v),
        _ => Err(type_error(format!(
            "must be real number, not {}",
            vm.type_name(v)
        ))),
    }
}

/// Applies CPython's error rules to `f(x)`.
fn checked(x: f64, r: f64, can_overflow: bool) -> PyResult<f64> {
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range() } else { domain() });
    }
    Ok(r)
}

macro_rules! unary {
    ($name:ident, $f:expr, $over:expr) => {
        fn $name(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
            no_kwargs(stringify!($name), kwargs)?;
            arity(stringify!($name), args, 1, 1)?;
            let x = real(vm, &args[0])?;
            let f: fn(f64) -> f64 = $f;
            checked(x, f(x), $over).map(Value::Float)
        }
    };
}

unary!(sqrt, f64::sqrt, false);
unary!(exp, f64::exp, true);
unary!(expm1, f64::exp_m1, true);
unary!(sin, f64::sin, false);
unary!(cos, f64::cos, false);
unary!(tan, f64::tan, false);
unary!(asin, f64::asin, false);
unary!(acos, f64::acos, false);
unary!(atan, f64::atan, false);
unary!(sinh, f64::sinh, true);
unary!(cosh, f64::cosh, true);
unary!(tanh, f64::tanh, false);
unary!(asinh, f64::asinh, false);
unary!(acosh, f64::acosh, false);
unary!(
    atanh,
    |x| if x.abs() >= 1.0 { f64::NAN } else { x.atanh() },
    false
);
unary!(fabs, f64::abs, false);
unary!(degrees, f64::to_degrees, true);
unary!(radians, f64::to_radians, false);

/// Natural log of any positive real, including ints beyond the float
/// range (scaled down by a power of two first, as CPython does).
fn ln(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    if let Some(i) = as_int(v) {
        let b = i.to_big();
        if !b.is_positive() {
            return Err(domain());
        }
        if let Ok(f) = bigint_to_f64(&b) {
            return Ok(f.ln());
        }
        // As CPython: x = m * 2**e with m in [0.5, 1); ln m + e ln 2.
        let e = b.bits();
        let top = (b.as_ref() >> (e - 64) as usize).to_f64().unwrap_or(1.0);
        let m = top * 2f64.powi(-64);
        return Ok(m.ln() + e as f64 * std::f64::consts::LN_2);
    }
    let x = real(vm, v)?;
    if x.is_nan() {
        return Ok(x);
    }
    if x <= 0.0 {
        return Err(domain());
    }
    Ok(x.ln())
}

fn log(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("log", kwargs)?;
    arity("log", args, 1, 2)?;
    let num = ln(vm, &args[0])?;
    match args.get(1) {
        None => Ok(Value::Float(num)),
        Some(b) => {
            let den = ln(vm, b)?;
            if den == 0.0 {
                return Err(crate::error::zero_division("float division by zero"));
            }
            Ok(Value::Float(num / den))
        }
    }
}

fn log2(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("log2", kwargs)?;
    arity("log2", args, 1, 1)?;
    if let Some(i) = as_int(&args[0])
        && let Ok(f) = bigint_to_f64(&i.to_big())
        && f > 0.0
    {
        return Ok(Value::Float(f.log2()));
    }
    Ok(Value::Float(ln(vm, &args[0])? / std::f64::consts::LN_2))
}

fn log10(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("log10", kwargs)?;
    arity("log10", args, 1, 1)?;
    if let Some(i) = as_int(&args[0])
        && let Ok(f) = bigint_to_f64(&i.to_big())
        && f > 0.0
    {
        return Ok(Value::Float(f.log10()));
    }
    if let Value::Float(f) = &args[0]
        && *f > 0.0
    {
        return Ok(Value::Float(f.log10()));
    }
    Ok(Value::Float(ln(vm, &args[0])? / std::f64::consts::LN_10))
}

fn log1p(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("log1p", kwargs)?;
    arity("log1p", args, 1, 1)?;
    let x = real(vm, &args[0])?;
    if x <= -1.0 {
        return Err(domain());
    }
    Ok(Value::Float(x.ln_1p()))
}

fn two_reals(
    vm: &mut Vm,
    name: &str,
    args: &[Value],
    kwargs: &[(Str, Value)],
) -> PyResult<(f64, f64)> {
    no_kwargs(name, kwargs)?;
    arity(name, args, 2, 2)?;
    Ok((real(vm, &args[0])?, real(vm, &args[1])?))
}

fn pow(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let (x, y) = two_reals(vm, "pow", args, kwargs)?;
    if x == 0.0 && y < 0.0 && y.is_finite() {
        return Err(domain());
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        return Err(domain());
    }
    let r = x.powf(y);
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range());
    }
    Ok(Value::Float(r))
}

fn atan2(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let (y, x) = two_reals(vm, "atan2", args, kwargs)?;
    Ok(Value::Float(y.atan2(x)))
}

fn copysign(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let (x, y) = two_reals(vm, "copysign", args, kwargs)?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let (x, y) = two_reals(vm, "fmod", args, kwargs)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    checked(x, x % y, false).map(Value::Float)
}

/// IEEE 754 remainder, CPython's m_remainder.
fn remainder(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let (x, y) = two_reals(vm, "remainder", args, kwargs)?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return Err(domain());
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    let (ax, ay) = (x.abs(), y.abs());
    let m = ax % ay;
    let c = ay - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        // Tie: pick the even multiple.
        m - 2.0 * ((0.5 * (ax - m)) % ay)
    };
    Ok(Value::Float(1f64.copysign(x) * r))
}

/// floor/ceil/trunc: ints unchanged, floats to int, else the dunder.
fn rounder(
    vm: &mut Vm,
    args: &[Value],
    name: &str,
    dunder: &str,
    f: fn(f64) -> f64,
) -> PyResult<Value> {
    arity(name, args, 1, 1)?;
    let x = &args[0];
    if let Some(i) = as_int(x) {
        return Ok(Value::from_bigint(i.to_big().into_owned()));
    }
    if let Value::Float(v) = x {
        return float_to_int(f(*v));
    }
    if let Some(r) = vm.call_special(x, &intern(dunder), vec![])? {
        return Ok(r);
    }
    if name == "trunc" {
        return Err(type_error(format!(
            "type {} doesn't define __trunc__ method",
            vm.type_name(x)
        )));
    }
    let v = real(vm, x)?;
    float_to_int(f(v))
}

fn floor(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    rounder(vm, args, "floor", "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    rounder(vm, args, "ceil", "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    rounder(vm, args, "trunc", "__trunc__", f64::trunc)
}

fn memory_error() -> PyErr {
    PyErr::with_args(ExcKind::MemoryError, vec![])
}

fn factorial(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("factorial", kwargs)?;
    arity("factorial", args, 1, 1)?;
    let n = index_big(vm, &args[0])?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().ok_or_else(|| {
        overflow_error("factorial() argument should not exceed 9223372036854775807")
    })?;
    // log2(n!) < n * log2(n): refuse results beyond the int size cap.
    if (n as f64) * (n.max(2) as f64).log2() > MAX_INT_BITS as f64 {
        return Err(memory_error());
    }
    let mut acc = BigInt::one();
    let mut small: u64 = 1;
    for i in 2..=n {
        // Multiply small factors together before touching the BigInt.
        match small.checked_mul(i) {
            Some(s) => small = s,
            None => {
                acc *= small;
                small = i;
            }
        }
    }
    acc *= small;
    Ok(Value::from_bigint(acc))
}

fn isqrt(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("isqrt", kwargs)?;
    arity("isqrt", args, 1, 1)?;
    let n = index_big(vm, &args[0])?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(Value::from_bigint(n.sqrt()))
}

fn gcd(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("gcd", kwargs)?;
    let mut acc = BigInt::zero();
    for a in args {
        acc = acc.gcd(&index_big(vm, a)?);
    }
    Ok(Value::from_bigint(acc))
}

fn lcm(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("lcm", kwargs)?;
    let mut acc = BigInt::one();
    for a in args {
        let b = index_big(vm, a)?;
        acc = if acc.is_zero() || b.is_zero() {
            BigInt::zero()
        } else {
            acc.lcm(&b)
        };
    }
    Ok(Value::from_bigint(acc))
}

fn nonneg(vm: &mut Vm, v: &Value, what: &str) -> PyResult<BigInt> {
    let n = index_big(vm, v)?;
    if n.is_negative() {
        return Err(value_error(format!(
            "{what} must be a non-negative integer"
        )));
    }
    Ok(n)
}

/// n * (n-1) * ... * (n-k+1), refusing absurd sizes.
fn falling(n: &BigInt, k: &BigInt) -> PyResult<BigInt> {
    let k = k.to_u64().ok_or_else(memory_error)?;
    if (k as f64) * (n.bits().max(1) as f64) > MAX_INT_BITS as f64 {
        return Err(memory_error());
    }
    let mut acc = BigInt::one();
    let mut f = n.clone();
    for _ in 0..k {
        acc *= &f;
        f -= 1;
    }
    Ok(acc)
}

fn comb(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("comb", kwargs)?;
    arity("comb", args, 2, 2)?;
    let n = nonneg(vm, &args[0], "n")?;
    let k = nonneg(vm, &args[1], "k")?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = std::cmp::min(k.clone(), &n - &k);
    let num = falling(&n, &k)?;
    let den = falling(&k, &k)?;
    Ok(Value::from_bigint(num / den))
}

fn perm(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("perm", kwargs)?;
    arity("perm", args, 1, 2)?;
    let n = nonneg(vm, &args[0], "n")?;
    let k = match args.get(1) {
        Some(v) if !v.is_none() => nonneg(vm, v, "k")?,
        _ => n.clone(),
    };
    if k > n {
        return Ok(Value::Int(0));
    }
    Ok(Value::from_bigint(falling(&n, &k)?))
}

fn isclose(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let [ka, kb, rt, at] = kwargs_named("isclose", kwargs, ["a", "b", "rel_tol", "abs_tol"])?;
    let (Some(a), Some(b)) = (args.first().cloned().or(ka), args.get(1).cloned().or(kb)) else {
        return Err(type_error("isclose() missing required argument"));
    };
    let a = real(vm, &a)?;
    let b = real(vm, &b)?;
    let rel = match rt {
        Some(v) => real(vm, &v)?,
        None => 1e-9,
    };
    let abs = match at {
        Some(v) => real(vm, &v)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

fn pred(vm: &mut Vm, args: &[Value], name: &str, f: fn(f64) -> bool) -> PyResult<Value> {
    arity(name, args, 1, 1)?;
    Ok(Value::Bool(f(real(vm, &args[0])?)))
}

fn isfinite(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    pred(vm, args, "isfinite", f64::is_finite)
}

fn isinf(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    pred(vm, args, "isinf", f64::is_infinite)
}

fn isnan(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    pred(vm, args, "isnan", f64::is_nan)
}

fn frexp(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    arity("frexp", args, 1, 1)?;
    let x = real(vm, &args[0])?;
    let (m, e) = crate::vm::protocol::frexp(x);
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp_fn(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    arity("ldexp", args, 2, 2)?;
    let x = real(vm, &args[0])?;
    let Some(e) = as_int(&args[1]) else {
        return Err(type_error("Expected an int as second argument to ldexp."));
    };
    let e = e
        .to_big()
        .to_i64()
        .unwrap_or(if e.is_negative() { i64::MIN } else { i64::MAX });
    let r = ldexp(x, e);
    if r.is_infinite() && x.is_finite() {
        return Err(range());
    }
    Ok(Value::Float(r))
}

fn modf(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    arity("modf", args, 1, 1)?;
    let x = real(vm, &args[0])?;
    if x.is_infinite() {
        return Ok(Value::tuple(vec![
            Value::Float(0f64.copysign(x)),
            Value::Float(x),
        ]));
    }
    let t = x.trunc();
    Ok(Value::tuple(vec![
        Value::Float((x - t).copysign(x)),
        Value::Float(t),
    ]))
}

/// Euclidean norm without undue overflow: scale by the largest value.
fn norm(v: &[f64]) -> f64 {
    let mut max = 0f64;
    let mut nan = false;
    for x in v {
        if x.is_infinite() {
            return f64::INFINITY;
        }
        nan |= x.is_nan();
        max = max.max(x.abs());
    }
    if nan {
        return f64::NAN;
    }
    if max == 0.0 {
        return 0.0;
    }
    let s: f64 = v.iter().map(|x| (x / max) * (x / max)).sum();
    max * s.sqrt()
}

fn hypot(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("hypot", kwargs)?;
    let mut v = Vec::with_capacity(args.len());
    for a in args {
        v.push(real(vm, a)?);
    }
    if v.len() == 2 {
        return Ok(Value::Float(v[0].hypot(v[1])));
    }
    Ok(Value::Float(norm(&v)))
}

fn dist(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("dist", kwargs)?;
    arity("dist", args, 2, 2)?;
    let p = vm.collect(&args[0])?;
    let q = vm.collect(&args[1])?;
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut d = Vec::with_capacity(p.len());
    for (a, b) in p.iter().zip(q.iter()) {
        d.push(real(vm, a)? - real(vm, b)?);
    }
    if d.len() == 2 {
        return Ok(Value::Float(d[0].hypot(d[1])));
    }
    Ok(Value::Float(norm(&d)))
}

/// Exact float summation: Shewchuk's partials, as CPython's math_fsum.
fn fsum(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    no_kwargs("fsum", kwargs)?;
    arity("fsum", args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    let mut xs = Vec::new();
    while let Some(item) = vm.iter_next(&it)? {
        xs.push(real(vm, &item)?);
    }
    fsum_f64(&xs).map(Value::Float)
}

/// The exactly rounded sum of `xs`.
pub fn fsum_f64(xs: &[f64]) -> PyResult<f64> {
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0f64;
    let mut inf_sum = 0.0f64;
    for &x0 in xs {
        let mut x = x0;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // A non-finite partial from finite inputs is an overflow.
                if xsave.is_finite() {
                    return Err(overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special != 0.0 {
        if inf_sum.is_nan() {
            return Err(value_error("-inf + inf in fsum"));
        }
        return Ok(special);
    }
    let mut hi = 0.0f64;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            n -= 1;
            let x = hi;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        // Round-half-even correction when the rest would tip the balance.
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            let yr = x - hi;
            if y == yr {
                hi = x;
            }
        }
    }
    Ok(hi)
}

fn prod(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let [start] = kwargs_named("prod", kwargs, ["start"])?;
    arity("prod", args, 1, 1)?;
    let it = vm.get_iter(&args[0])?;
    let mut acc = start.unwrap_or(Value::Int(1));
    while let Some(x) = vm.iter_next(&it)? {
        acc = vm.binary_op(&acc, &x, BinOp::Mul)?;
    }
    Ok(acc)
}

pub fn create(vm: &mut Vm) -> Value {
    let m = vm.new_module("math");
    let Value::Module(module) = &m else {
        return m;
    };
    let funcs: &[(&'static str, crate::object::NativeFn)] = &[
        ("sqrt", sqrt),
        ("isqrt", isqrt),
        ("exp", exp),
        ("expm1", expm1),
        ("log", log),
        ("log2", log2),
        ("log10", log10),
        ("log1p", log1p),
        ("pow", pow),
        ("sin", sin),
        ("cos", cos),
        ("tan", tan),
        ("asin", asin),
        ("acos", acos),
        ("atan", atan),
        ("atan2", atan2),
        ("sinh", sinh),
        ("cosh", cosh),
        ("tanh", tanh),
        ("asinh", asinh),
        ("acosh", acosh),
        ("atanh", atanh),
        ("fabs", fabs),
        ("degrees", degrees),
        ("radians", radians),
        ("floor", floor),
        ("ceil", ceil),
        ("trunc", trunc),
        ("factorial", factorial),
        ("gcd", gcd),
        ("lcm", lcm),
        ("comb", comb),
        ("perm", perm),
        ("isclose", isclose),
        ("isfinite", isfinite),
        ("isinf", isinf),
        ("isnan", isnan),
        ("copysign", copysign),
        ("fmod", fmod),
        ("remainder", remainder),
        ("frexp", frexp),
        ("ldexp", ldexp_fn),
        ("modf", modf),
        ("hypot", hypot),
        ("dist", dist),
        ("fsum", fsum),
        ("prod", prod),
    ];
    let mut d = module.dict.borrow_mut();
    for (name, f) in funcs {
        d.set_str(intern(name), vm.native(name, format!("math.{name}"), *f));
    }
    let consts = [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ];
    for (name, v) in consts {
        d.set_str(intern(name), Value::Float(v));
    }
    drop(d);
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    fn call(name: &str, args: Vec<Value>) -> String {
        let mut vm = Vm::new(vec![]);
        let m = create(&mut vm);
        let Value::Module(m) = m else { panic!() };
        let f = m.dict.borrow().get_str(&intern(name)).cloned().unwrap();
        match vm.call(&f, args, vec![]) {
            Ok(v) => format!("{v:?}"),
            Err(e) => format!("{e:?}"),
        }
    }

    #[test]
    fn math_matches_cpython() {
        let fl = Value::Float;
        let i = Value::Int;
        assert_eq!(call("hypot", vec![i(3), i(4)]), "5.0");
        // Iteration over lists is another branch's stub: test the core.
        assert_eq!(fsum_f64(&[0.1; 10]).unwrap(), 1.0);
        assert_eq!(
            fsum_f64(&[1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]).unwrap(),
            1e-100
        );
        assert!(format!("{:?}", fsum_f64(&[1e308, 1e308])).contains("intermediate overflow"));
        assert_eq!(call("remainder", vec![i(7), i(2)]), "-1.0");
        assert_eq!(call("remainder", vec![i(5), i(2)]), "1.0");
        assert!(call("sqrt", vec![i(-1)]).contains("math domain error"));
        assert!(call("exp", vec![i(1000)]).contains("math range error"));
        assert_eq!(call("factorial", vec![i(20)]), "2432902008176640000");
        assert_eq!(call("factorial", vec![i(25)]), "15511210043330985984000000");
        assert_eq!(call("comb", vec![i(10), i(3)]), "120");
        assert_eq!(call("perm", vec![i(10), i(3)]), "720");
        assert_eq!(call("gcd", vec![i(12), i(18), i(-8)]), "2");
        assert_eq!(call("lcm", vec![i(4), i(6)]), "12");
        assert_eq!(call("isqrt", vec![i(99)]), "9");
        assert_eq!(call("floor", vec![fl(-1.5)]), "-2");
        assert_eq!(call("log", vec![i(8), i(2)]), "3.0");
        let big = Value::from_bigint(BigInt::one() << 2000usize);
        assert_eq!(call("log", vec![big]), "1386.2943611198907");
        assert!(call("pow", vec![fl(0.0), i(-1)]).contains("math domain error"));
        assert_eq!(call("modf", vec![fl(-2.5)]), "([-0.5, -2.0],)");
    }
}
