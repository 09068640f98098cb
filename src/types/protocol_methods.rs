//! The protocol dunders of the built-in value types as callable methods
//! (`[1].__repr__()`, `'ab'.__len__()`, `(5).__hash__()`, `[].__iadd__(x)`).
//! The VM's protocols dispatch on the values directly; these exist so
//! Python code that names a dunder gets what the protocol would do, instead
//! of `object`'s fallback. Each one forwards to the VM's own protocol.

use crate::ast::{BinOp, UnaryOp};
use crate::error::{PyResult, type_error};
use crate::object::{Class, NativeFn};
use crate::types::list::nargs;
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use std::rc::Rc;

type Kw<'a> = &'a [(Str, Value)];

fn this(args: &[Value]) -> &Value {
    &args[0]
}

/// Registered with the receiver left wrapped: a set subclass's repr names
/// the subclass (`super().__repr__()` in `class S(set)` gives `S({1})`).
fn repr(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs("__repr__", args, 0, 0)?;
    let text = match this(args) {
        v @ Value::Instance(_) => crate::types::repr::payload_repr(vm, v)?,
        v => vm.repr(v)?,
    };
    Ok(Value::string(text))
}

fn str_(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs("__str__", args, 0, 0)?;
    Ok(Value::string(vm.to_str(this(args))?))
}

fn hash(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs("__hash__", args, 0, 0)?;
    Ok(Value::Int(vm.hash(this(args))? as i64))
}

fn format(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs("__format__", args, 1, 1)?;
    let Value::Str(spec) = &args[1] else {
        return Err(type_error(format!(
            "__format__() argument must be str, not {}",
            vm.type_name(&args[1])
        )));
    };
    let text = crate::types::formatting::format_value(vm, this(args), spec.as_str())?;
    Ok(Value::string(text))
}

fn bool_(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs("__bool__", args, 0, 0)?;
    Ok(Value::Bool(vm.truthy(this(args))?))
}

fn len(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs("__len__", args, 0, 0)?;
    Ok(Value::Int(vm.len(this(args))? as i64))
}

fn getitem(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs("__getitem__", args, 1, 1)?;
    vm.get_item(this(args), &args[1])
}

fn contains(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs("__contains__", args, 1, 1)?;
    Ok(Value::Bool(vm.contains(this(args), &args[1])?))
}

fn iter(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs("__iter__", args, 0, 0)?;
    vm.get_iter(this(args))
}

fn unary(vm: &mut Vm, name: &str, args: &[Value], op: UnaryOp) -> PyResult<Value> {
    nargs(name, args, 0, 0)?;
    vm.unary_op(this(args), op)
}

fn neg(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    unary(vm, "__neg__", args, UnaryOp::Neg)
}

fn pos(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    unary(vm, "__pos__", args, UnaryOp::Pos)
}

fn invert(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    unary(vm, "__invert__", args, UnaryOp::Invert)
}

fn abs(vm: &mut Vm, args: &[Value], kw: Kw) -> PyResult<Value> {
    nargs("__abs__", args, 0, 0)?;
    crate::builtins::numeric::abs(vm, args, kw)
}

/// `__int__`, `__float__`, `__index__`: the conversion by the target class.
fn convert(vm: &mut Vm, name: &str, args: &[Value], target: Rc<Class>) -> PyResult<Value> {
    nargs(name, args, 0, 0)?;
    vm.call(&Value::Class(target), vec![this(args).clone()], vec![])
}

fn int(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let target = vm.types.int.clone();
    convert(vm, "__int__", args, target)
}

fn float(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    let target = vm.types.float.clone();
    convert(vm, "__float__", args, target)
}

fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::BigInt(_) | Value::Bool(_))
}

/// Whether `divmod` of the receiver's own method takes this operand: ints
/// only take ints, floats any real number.
fn numeric_operand(receiver: &Value, operand: &Value) -> bool {
    is_int(operand) || matches!(receiver, Value::Float(_)) && matches!(operand, Value::Float(_))
}

fn divmod(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs("__divmod__", args, 1, 1)?;
    if !numeric_operand(&args[0], &args[1]) {
        return Ok(Value::NotImplemented);
    }
    crate::builtins::numeric::divmod_values(vm, &args[0], &args[1])
}

fn rdivmod(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
    nargs("__rdivmod__", args, 1, 1)?;
    if !numeric_operand(&args[0], &args[1]) {
        return Ok(Value::NotImplemented);
    }
    crate::builtins::numeric::divmod_values(vm, &args[1], &args[0])
}

/// `a.__iop__(b)` on a mutable container: mutates and returns `a`, or
/// NotImplemented when the operand does not fit (`{1}.__ior__([2])`).
fn inplace(vm: &mut Vm, name: &str, args: &[Value], op: BinOp) -> PyResult<Value> {
    nargs(name, args, 1, 1)?;
    let (a, b) = (&args[0], &args[1]);
    if matches!(a, Value::List(_)) {
        return vm.inplace_op(a, b, op);
    }
    Ok(crate::types::arith::inplace_container(vm, a, b, op)?.unwrap_or(Value::NotImplemented))
}

macro_rules! inplace_methods {
    ($($f:ident, $name:literal, $op:expr;)*) => {
        $(
            fn $f(vm: &mut Vm, args: &[Value], _kw: Kw) -> PyResult<Value> {
                inplace(vm, $name, args, $op)
            }
        )*
    };
}

inplace_methods! {
    iadd, "__iadd__", BinOp::Add;
    imul, "__imul__", BinOp::Mul;
    ior, "__ior__", BinOp::BitOr;
    iand, "__iand__", BinOp::BitAnd;
    isub, "__isub__", BinOp::Sub;
    ixor, "__ixor__", BinOp::BitXor;
}

/// Defines `name` on each class that does not define it itself.
fn add_missing(vm: &Vm, classes: &[Rc<Class>], methods: &[(&'static str, NativeFn)]) {
    for cls in classes {
        for &(name, f) in methods {
            if cls.dict.borrow().get_str(&intern(name)).is_none() {
                vm.add_method(cls, name, f);
            }
        }
    }
}

/// Makes the `__repr__` this file gave `cls` take its receiver as is
/// instead of a subclass instance's payload.
fn keep_repr_receiver(cls: &Rc<Class>) {
    let key = intern("__repr__");
    let Some(Value::Native(nf)) = cls.dict.borrow().get_str(&key).cloned() else {
        return;
    };
    if !nf.unwrap_self || !std::ptr::fn_addr_eq(nf.func, repr as NativeFn) {
        return;
    }
    let f = crate::object::NativeFunction {
        name: nf.name,
        qualname: nf.qualname.clone(),
        func: nf.func,
        bound: nf.bound.clone(),
        data: nf.data.clone(),
        unwrap_self: false,
    };
    cls.dict
        .borrow_mut()
        .set_str(key, Value::Native(Rc::new(f)));
}

/// Which type answers which protocol, as in CPython: every value type has
/// its own `__repr__`; the hashable ones their `__hash__` while the mutable
/// ones have `__hash__ = None`; containers the sequence/mapping protocol.
pub fn register(vm: &mut Vm) {
    let t = &vm.types;
    let values = [
        t.none.clone(),
        t.notimplemented.clone(),
        t.ellipsis.clone(),
        t.int.clone(),
        t.bool_.clone(),
        t.float.clone(),
        t.str_.clone(),
        t.bytes.clone(),
        t.bytearray.clone(),
        t.tuple.clone(),
        t.list.clone(),
        t.dict.clone(),
        t.set.clone(),
        t.frozenset.clone(),
        t.range.clone(),
        t.slice.clone(),
        t.type_.clone(),
        t.function.clone(),
        t.builtin_function.clone(),
        t.method.clone(),
        t.module.clone(),
        t.generator.clone(),
        t.property.clone(),
        t.staticmethod.clone(),
        t.classmethod.clone(),
        t.code.clone(),
        t.cell.clone(),
    ];
    let hashable = [
        t.none.clone(),
        t.int.clone(),
        t.float.clone(),
        t.str_.clone(),
        t.bytes.clone(),
        t.tuple.clone(),
        t.frozenset.clone(),
        t.range.clone(),
    ];
    let unhashable = [
        t.list.clone(),
        t.dict.clone(),
        t.set.clone(),
        t.bytearray.clone(),
        t.slice.clone(),
    ];
    let containers = [
        t.str_.clone(),
        t.bytes.clone(),
        t.bytearray.clone(),
        t.tuple.clone(),
        t.list.clone(),
        t.dict.clone(),
        t.set.clone(),
        t.frozenset.clone(),
        t.range.clone(),
    ];
    let sequences = [
        t.str_.clone(),
        t.bytes.clone(),
        t.bytearray.clone(),
        t.tuple.clone(),
        t.list.clone(),
        t.dict.clone(),
        t.range.clone(),
    ];
    let numbers = [t.int.clone(), t.float.clone()];
    let (int_cls, str_cls, list, set, dict) = (
        t.int.clone(),
        t.str_.clone(),
        t.list.clone(),
        t.set.clone(),
        t.dict.clone(),
    );
    let none = t.none.clone();
    add_missing(vm, &values, &[("__repr__", repr)]);
    for cls in &values {
        keep_repr_receiver(cls);
    }
    add_missing(vm, &hashable, &[("__hash__", hash)]);
    for cls in &unhashable {
        cls.dict
            .borrow_mut()
            .set_str(intern("__hash__"), Value::None);
    }
    let containers_methods: &[(&'static str, NativeFn)] = &[
        ("__len__", len),
        ("__contains__", contains),
        ("__iter__", iter),
    ];
    add_missing(vm, &containers, containers_methods);
    add_missing(vm, &sequences, &[("__getitem__", getitem)]);
    add_missing(vm, std::slice::from_ref(&str_cls), &[("__str__", str_)]);
    let number_methods: &[(&'static str, NativeFn)] = &[
        ("__format__", format),
        ("__bool__", bool_),
        ("__neg__", neg),
        ("__pos__", pos),
        ("__abs__", abs),
        ("__int__", int),
        ("__float__", float),
        ("__divmod__", divmod),
        ("__rdivmod__", rdivmod),
    ];
    add_missing(vm, &numbers, number_methods);
    add_missing(
        vm,
        std::slice::from_ref(&str_cls),
        &[("__format__", format)],
    );
    add_missing(vm, std::slice::from_ref(&none), &[("__bool__", bool_)]);
    add_missing(
        vm,
        std::slice::from_ref(&int_cls),
        &[("__invert__", invert), ("__index__", int)],
    );
    add_missing(vm, &[list], &[("__iadd__", iadd), ("__imul__", imul)]);
    add_missing(
        vm,
        &[set],
        &[
            ("__ior__", ior),
            ("__iand__", iand),
            ("__isub__", isub),
            ("__ixor__", ixor),
        ],
    );
    add_missing(vm, &[dict], &[("__ior__", ior)]);
    crate::object::class::invalidate_class_caches();
}
