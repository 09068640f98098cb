//! The operator dunders of the built-in types as callable methods
//! (`int.__add__(2, 3)`, `(5).__radd__(1)`, `"a".__lt__("b")`). The VM's
//! operators do not go through these (they dispatch on the values
//! directly); these exist so Python code can call them by name.

use crate::ast::{BinOp, CmpOp};
use crate::error::{PyResult, type_error};
use crate::value::{Str, Value};
use crate::vm::Vm;

/// The receiver and the single operand of a binary dunder.
fn operands<'a>(_name: &str, args: &'a [Value]) -> PyResult<(&'a Value, &'a Value)> {
    match args {
        [a, b] => Ok((a, b)),
        _ => Err(type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        ))),
    }
}

/// Whether the receiver's own method handles this operand, as CPython's
/// slots decide: `int` only takes ints (`(5).__add__(1.0)` is
/// NotImplemented; float's reflected method does the work), `float` takes
/// any real number, containers their own kind (and ints for repetition).
fn accepts(receiver: &Value, operand: &Value, op: Option<BinOp>) -> bool {
    let int = |v: &Value| matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_));
    match receiver {
        r if int(r) => int(operand),
        Value::Float(_) => int(operand) || matches!(operand, Value::Float(_)),
        _ if op == Some(BinOp::Mul) => int(operand),
        Value::Str(_) if op == Some(BinOp::Mod) => true,
        Value::Set(_) | Value::FrozenSet(_) => {
            matches!(operand, Value::Set(_) | Value::FrozenSet(_))
        }
        _ => std::mem::discriminant(receiver) == std::mem::discriminant(operand),
    }
}

/// `a.__op__(b)`: the built-in result or NotImplemented.
fn forward(vm: &mut Vm, name: &str, args: &[Value], op: BinOp) -> PyResult<Value> {
    let (a, b) = operands(name, args)?;
    if !accepts(a, b, Some(op)) {
        return Ok(Value::NotImplemented);
    }
    Ok(crate::types::arith::builtin_binop(vm, a, b, op)?.unwrap_or(Value::NotImplemented))
}

/// `a.__rop__(b)` computes `b op a`.
fn reflected(vm: &mut Vm, name: &str, args: &[Value], op: BinOp) -> PyResult<Value> {
    let (a, b) = operands(name, args)?;
    if !accepts(a, b, Some(op)) {
        return Ok(Value::NotImplemented);
    }
    Ok(crate::types::arith::builtin_binop(vm, b, a, op)?.unwrap_or(Value::NotImplemented))
}

fn compare(vm: &mut Vm, name: &str, args: &[Value], op: CmpOp) -> PyResult<Value> {
    let (a, b) = operands(name, args)?;
    let numeric = |v: &Value| {
        matches!(
            v,
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_)
        )
    };
    // int's own comparisons refuse floats (float's reflected one answers).
    if !(accepts(a, b, None) || matches!(a, Value::Float(_)) && numeric(b)) {
        return Ok(Value::NotImplemented);
    }
    Ok(
        match crate::types::compare::builtin_compare(vm, a, b, op)? {
            Some(r) => Value::Bool(r),
            None => Value::NotImplemented,
        },
    )
}

macro_rules! binary_methods {
    ($($fwd:ident, $rev:ident, $fname:literal, $rname:literal, $op:expr;)*) => {
        $(
            fn $fwd(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
                forward(vm, $fname, args, $op)
            }
            fn $rev(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
                reflected(vm, $rname, args, $op)
            }
        )*
        const NUMERIC: &[(&str, &str, crate::object::NativeFn, crate::object::NativeFn)] = &[
            $(($fname, $rname, $fwd, $rev)),*
        ];
    };
}

binary_methods! {
    add, radd, "__add__", "__radd__", BinOp::Add;
    sub, rsub, "__sub__", "__rsub__", BinOp::Sub;
    mul, rmul, "__mul__", "__rmul__", BinOp::Mul;
    truediv, rtruediv, "__truediv__", "__rtruediv__", BinOp::Div;
    floordiv, rfloordiv, "__floordiv__", "__rfloordiv__", BinOp::FloorDiv;
    modulo, rmodulo, "__mod__", "__rmod__", BinOp::Mod;
    lshift, rlshift, "__lshift__", "__rlshift__", BinOp::LShift;
    rshift, rrshift, "__rshift__", "__rrshift__", BinOp::RShift;
    and, rand, "__and__", "__rand__", BinOp::BitAnd;
    or, ror, "__or__", "__ror__", BinOp::BitOr;
    xor, rxor, "__xor__", "__rxor__", BinOp::BitXor;
}

/// `a.__pow__(b[, m])`: the three-argument form is `pow(a, b, m)`.
fn power(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    match args {
        [a, b, m] if !m.is_none() => {
            if !accepts(a, b, Some(BinOp::Pow)) || !accepts(a, m, Some(BinOp::Pow)) {
                return Ok(Value::NotImplemented);
            }
            crate::builtins::numeric::pow(vm, args, kw)
        }
        [a, b, _] => forward(vm, "__pow__", &[a.clone(), b.clone()], BinOp::Pow),
        _ => forward(vm, "__pow__", args, BinOp::Pow),
    }
}

fn rpower(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    match args {
        [a, b, _] => reflected(vm, "__rpow__", &[a.clone(), b.clone()], BinOp::Pow),
        _ => reflected(vm, "__rpow__", args, BinOp::Pow),
    }
}

/// `seq.__add__(x)`: sequences raise for a foreign operand (CPython's
/// concatenation slot has no NotImplemented), except for instances, whose
/// reflected method may still answer.
fn seq_add(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    let (a, b) = operands("__add__", args)?;
    if accepts(a, b, Some(BinOp::Add)) || matches!(b, Value::Instance(_) | Value::Object(_)) {
        return add(vm, args, kw);
    }
    vm.binary_op(a, b, BinOp::Add)
}

/// A repetition count must be an index.
fn check_count(vm: &Vm, name: &str, args: &[Value]) -> PyResult<()> {
    let (_, n) = operands(name, args)?;
    if matches!(
        n,
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Instance(_)
    ) {
        return Ok(());
    }
    Err(type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        vm.type_name(n)
    )))
}

fn seq_mul(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    check_count(vm, "__mul__", args)?;
    mul(vm, args, kw)
}

fn seq_rmul(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    check_count(vm, "__rmul__", args)?;
    rmul(vm, args, kw)
}

macro_rules! compare_methods {
    ($($f:ident, $name:literal, $op:expr;)*) => {
        $(
            fn $f(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
                compare(vm, $name, args, $op)
            }
        )*
        const COMPARISONS: &[(&str, crate::object::NativeFn)] = &[$(($name, $f)),*];
    };
}

compare_methods! {
    eq, "__eq__", CmpOp::Eq;
    ne, "__ne__", CmpOp::NotEq;
    lt, "__lt__", CmpOp::Lt;
    le, "__le__", CmpOp::LtE;
    gt, "__gt__", CmpOp::Gt;
    ge, "__ge__", CmpOp::GtE;
}

/// Which operators each type answers: numbers have them all; sequences
/// have `+`, `*` (and `%` for strings); sets the bitwise ones.
pub fn register(vm: &mut Vm) {
    let t = &vm.types;
    let numbers = [t.int.clone(), t.float.clone()];
    let sequences = [
        t.str_.clone(),
        t.list.clone(),
        t.tuple.clone(),
        t.bytes.clone(),
    ];
    let sets = [t.set.clone(), t.frozenset.clone()];
    let comparable = [
        t.int.clone(),
        t.float.clone(),
        t.str_.clone(),
        t.list.clone(),
        t.tuple.clone(),
        t.bytes.clone(),
        t.set.clone(),
        t.frozenset.clone(),
        t.dict.clone(),
    ];
    let add_missing = |vm: &Vm, cls: &std::rc::Rc<crate::object::Class>, name: &'static str, f| {
        let key = crate::value::intern(name);
        if cls.dict.borrow().get_str(&key).is_none() {
            vm.add_method(cls, name, f);
        }
    };
    for cls in &numbers {
        for &(name, rname, f, r) in NUMERIC {
            add_missing(vm, cls, name, f);
            add_missing(vm, cls, rname, r);
        }
        add_missing(vm, cls, "__pow__", power);
        add_missing(vm, cls, "__rpow__", rpower);
    }
    for cls in &sequences {
        add_missing(vm, cls, "__add__", seq_add);
        add_missing(vm, cls, "__mul__", seq_mul);
        add_missing(vm, cls, "__rmul__", seq_rmul);
    }
    add_missing(vm, &vm.types.str_.clone(), "__mod__", modulo);
    add_missing(vm, &vm.types.str_.clone(), "__rmod__", rmodulo);
    for cls in &sets {
        for &(name, rname, f, r) in NUMERIC {
            if matches!(name, "__and__" | "__or__" | "__xor__" | "__sub__") {
                add_missing(vm, cls, name, f);
                add_missing(vm, cls, rname, r);
            }
        }
    }
    for cls in &comparable {
        for &(name, f) in COMPARISONS {
            add_missing(vm, cls, name, f);
        }
    }
}
