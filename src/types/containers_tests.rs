//! Unit tests for the container types, with expectations taken from
//! CPython 3.11.

use crate::ast::{BinOp, CmpOp};
use crate::error::{ErrRepr, PyErr};
use crate::object::Slice;
use crate::value::{Value, intern};
use crate::vm::Vm;
use std::rc::Rc;

fn vm() -> Vm {
    Vm::new(vec![])
}

fn ints(v: &[i64]) -> Value {
    Value::list(v.iter().map(|&i| Value::Int(i)).collect())
}

fn s(x: &str) -> Value {
    Value::str(x)
}

fn slice(a: Value, b: Value, c: Value) -> Value {
    Value::Slice(Rc::new(Slice {
        start: a,
        stop: b,
        step: c,
    }))
}

/// "Kind: message" of an error.
fn err(e: PyErr) -> String {
    match &*e.repr {
        ErrRepr::Lazy { kind, args } => {
            let msg = match args.first() {
                Some(Value::Str(m)) => m.as_str().to_string(),
                Some(other) => format!("{other:?}"),
                None => String::new(),
            };
            format!("{}: {}", kind.name(), msg)
        }
        ErrRepr::Object(v) => format!("{v:?}"),
    }
}

fn r(vm: &mut Vm, v: &Value) -> String {
    vm.repr(v).unwrap()
}

fn call(vm: &mut Vm, name: &str, args: Vec<Value>) -> Result<Value, String> {
    let f = vm
        .builtins
        .borrow()
        .get_str(&intern(name))
        .cloned()
        .unwrap();
    vm.call(&f, args, vec![]).map_err(err)
}

fn method(vm: &mut Vm, obj: &Value, name: &str, args: Vec<Value>) -> Result<Value, String> {
    let m = vm.get_attr(obj, &intern(name)).map_err(err)?;
    vm.call(&m, args, vec![]).map_err(err)
}

#[test]
fn repr_basics() {
    let mut vm = vm();
    let cases: Vec<(Value, &str)> = vec![
        (Value::None, "None"),
        (Value::Bool(true), "True"),
        (Value::Float(1e16), "1e+16"),
        (Value::Float(1e-5), "1e-05"),
        (Value::Float(0.1), "0.1"),
        (s("it's"), "\"it's\""),
        (s("a'\""), "'a\\'\"'"),
        (
            s("\x00\x7f\u{80}\u{a0}\u{ad}\u{2028} \n中"),
            "'\\x00\\x7f\\x80\\xa0\\xad\\u2028 \\n中'",
        ),
        (
            Value::bytes(b"\x00it's\x7f".to_vec()),
            "b\"\\x00it's\\x7f\"",
        ),
        (Value::tuple(vec![Value::Int(1)]), "(1,)"),
        (Value::tuple(vec![]), "()"),
        (ints(&[1, 2]), "[1, 2]"),
        (
            slice(Value::Int(1), Value::Int(2), Value::None),
            "slice(1, 2, None)",
        ),
    ];
    for (v, want) in cases {
        assert_eq!(r(&mut vm, &v), want);
    }
    let d = call(&mut vm, "dict", vec![]).unwrap();
    assert_eq!(r(&mut vm, &d), "{}");
    vm.set_item(&d, s("a"), Value::Int(1)).unwrap();
    assert_eq!(r(&mut vm, &d), "{'a': 1}");
    let keys = method(&mut vm, &d, "keys", vec![]).unwrap();
    assert_eq!(r(&mut vm, &keys), "dict_keys(['a'])");
    let items = method(&mut vm, &d, "items", vec![]).unwrap();
    assert_eq!(r(&mut vm, &items), "dict_items([('a', 1)])");
    let st = vm.new_set(vec![]).unwrap();
    assert_eq!(r(&mut vm, &st), "set()");
    let st = vm.new_set(vec![Value::Int(1), Value::Int(2)]).unwrap();
    assert_eq!(r(&mut vm, &st), "{1, 2}");
    let fs = call(&mut vm, "frozenset", vec![ints(&[1])]).unwrap();
    assert_eq!(r(&mut vm, &fs), "frozenset({1})");
    let rg = call(
        &mut vm,
        "range",
        vec![Value::Int(0), Value::Int(5), Value::Int(2)],
    )
    .unwrap();
    assert_eq!(r(&mut vm, &rg), "range(0, 5, 2)");
    let len = vm.builtins.borrow().get_str(&intern("len")).cloned();
    if let Some(len) = len {
        assert_eq!(r(&mut vm, &len), "<built-in function len>");
    }
    let l = ints(&[1]);
    let app = vm.get_attr(&l, &intern("append")).unwrap();
    assert!(r(&mut vm, &app).starts_with("<built-in method append of list object at 0x"));
    let int_cls = Value::Class(vm.types.int.clone());
    assert_eq!(r(&mut vm, &int_cls), "<class 'int'>");
}

#[test]
fn repr_recursive() {
    let mut vm = vm();
    let l = ints(&[1]);
    if let Value::List(inner) = &l {
        inner.borrow_mut().push(l.clone());
    }
    assert_eq!(r(&mut vm, &l), "[1, [...]]");
    // Break the cycle so the test does not leak.
    if let Value::List(inner) = &l {
        inner.borrow_mut().clear();
    }
}

#[test]
fn indexing() {
    let mut vm = vm();
    let l = ints(&[0, 1, 2, 3, 4]);
    assert_eq!(
        {
            let v = vm.get_item(&l, &Value::Bool(true)).unwrap();
            r(&mut vm, &v)
        },
        "1"
    );
    assert_eq!(
        err(vm.get_item(&l, &Value::Int(9)).unwrap_err()),
        "IndexError: list index out of range"
    );
    assert_eq!(
        err(vm.get_item(&l, &s("a")).unwrap_err()),
        "TypeError: list indices must be integers or slices, not str"
    );
    assert_eq!(
        err(vm.get_item(&s("abc"), &s("a")).unwrap_err()),
        "TypeError: string indices must be integers, not 'str'"
    );
    assert_eq!(
        err(vm.get_item(&s("abc"), &Value::Int(5)).unwrap_err()),
        "IndexError: string index out of range"
    );
    assert_eq!(
        {
            let v = vm.get_item(&s("héllo"), &Value::Int(-4)).unwrap();
            r(&mut vm, &v)
        },
        "'é'"
    );
    assert_eq!(
        err(vm.get_item(&Value::Int(5), &Value::Int(0)).unwrap_err()),
        "TypeError: 'int' object is not subscriptable"
    );
    let rg = call(&mut vm, "range", vec![Value::Int(10)]).unwrap();
    assert_eq!(
        err(vm.get_item(&rg, &Value::Int(10)).unwrap_err()),
        "IndexError: range object index out of range"
    );
    let rev = slice(Value::None, Value::None, Value::Int(-1));
    assert_eq!(
        {
            let v = vm.get_item(&rg, &rev).unwrap();
            r(&mut vm, &v)
        },
        "range(9, -1, -1)"
    );
    let sl = slice(Value::Int(1), Value::Int(5), Value::Int(2));
    assert_eq!(
        {
            let v = vm.get_item(&rg, &sl).unwrap();
            r(&mut vm, &v)
        },
        "range(1, 5, 2)"
    );
    assert_eq!(
        {
            let v = vm.get_item(&l, &rev).unwrap();
            r(&mut vm, &v)
        },
        "[4, 3, 2, 1, 0]"
    );
    let sl = slice(Value::Int(-2), Value::None, Value::None);
    assert_eq!(
        {
            let v = vm.get_item(&l, &sl).unwrap();
            r(&mut vm, &v)
        },
        "[3, 4]"
    );
    let zero = slice(Value::None, Value::None, Value::Int(0));
    assert_eq!(
        err(vm.get_item(&l, &zero).unwrap_err()),
        "ValueError: slice step cannot be zero"
    );
    let sl = slice(Value::Int(-100), Value::Int(100), Value::Int(3));
    assert_eq!(
        {
            let v = vm.get_item(&s("abcdefg"), &sl).unwrap();
            r(&mut vm, &v)
        },
        "'adg'"
    );
}

#[test]
fn assignment_and_deletion() {
    let mut vm = vm();
    let l = ints(&[0, 1, 2, 3, 4]);
    vm.set_item(
        &l,
        slice(Value::Int(1), Value::Int(3), Value::None),
        ints(&[7, 8, 9]),
    )
    .unwrap();
    assert_eq!(r(&mut vm, &l), "[0, 7, 8, 9, 3, 4]");
    let e = vm
        .set_item(
            &l,
            slice(Value::None, Value::None, Value::Int(2)),
            ints(&[1, 2]),
        )
        .unwrap_err();
    assert_eq!(
        err(e),
        "ValueError: attempt to assign sequence of size 2 to extended slice of size 3"
    );
    vm.del_item(&l, &slice(Value::None, Value::None, Value::Int(2)))
        .unwrap();
    assert_eq!(r(&mut vm, &l), "[7, 9, 4]");
    vm.del_item(&l, &Value::Int(-1)).unwrap();
    assert_eq!(r(&mut vm, &l), "[7, 9]");
    let t = Value::tuple(vec![Value::Int(1)]);
    assert_eq!(
        err(vm.set_item(&t, Value::Int(0), Value::Int(1)).unwrap_err()),
        "TypeError: 'tuple' object does not support item assignment"
    );
    assert_eq!(
        err(vm.del_item(&s("a"), &Value::Int(0)).unwrap_err()),
        "TypeError: 'str' object doesn't support item deletion"
    );
    assert_eq!(
        err(vm.del_item(&Value::Int(5), &Value::Int(0)).unwrap_err()),
        "TypeError: 'int' object does not support item deletion"
    );
    assert_eq!(
        err(vm
            .set_item(
                &l,
                slice(Value::Int(0), Value::Int(1), Value::None),
                Value::Int(5)
            )
            .unwrap_err()),
        "TypeError: can only assign an iterable"
    );
}

#[test]
fn iteration_builtins() {
    let mut vm = vm();
    let e = call(&mut vm, "enumerate", vec![s("ab"), Value::Int(5)]).unwrap();
    let got = call(&mut vm, "list", vec![e]).unwrap();
    assert_eq!(r(&mut vm, &got), "[(5, 'a'), (6, 'b')]");
    let z = call(&mut vm, "zip", vec![ints(&[1, 2, 3]), s("ab")]).unwrap();
    let got = call(&mut vm, "list", vec![z]).unwrap();
    assert_eq!(r(&mut vm, &got), "[(1, 'a'), (2, 'b')]");
    let zip = vm
        .builtins
        .borrow()
        .get_str(&intern("zip"))
        .cloned()
        .unwrap();
    let z = vm
        .call(
            &zip,
            vec![ints(&[1, 2]), ints(&[1])],
            vec![(intern("strict"), Value::Bool(true))],
        )
        .unwrap();
    let e = call(&mut vm, "list", vec![z]).unwrap_err();
    assert_eq!(e, "ValueError: zip() argument 2 is shorter than argument 1");
    let z = vm
        .call(
            &zip,
            vec![ints(&[1]), ints(&[1]), ints(&[1, 2])],
            vec![(intern("strict"), Value::Bool(true))],
        )
        .unwrap();
    let e = call(&mut vm, "list", vec![z]).unwrap_err();
    assert_eq!(
        e,
        "ValueError: zip() argument 3 is longer than arguments 1-2"
    );
    let f = call(&mut vm, "filter", vec![Value::None, ints(&[0, 1, 0, 2])]).unwrap();
    let got = call(&mut vm, "list", vec![f]).unwrap();
    assert_eq!(r(&mut vm, &got), "[1, 2]");
    let rg = call(
        &mut vm,
        "range",
        vec![Value::Int(0), Value::Int(5), Value::Int(2)],
    )
    .unwrap();
    let rv = call(&mut vm, "reversed", vec![rg]).unwrap();
    let got = call(&mut vm, "list", vec![rv]).unwrap();
    assert_eq!(r(&mut vm, &got), "[4, 2, 0]");
    assert_eq!(
        call(&mut vm, "reversed", vec![Value::Int(5)]).unwrap_err(),
        "TypeError: 'int' object is not reversible"
    );
    let it = call(&mut vm, "iter", vec![ints(&[1])]).unwrap();
    assert!(r(&mut vm, &it).starts_with("<list_iterator object at 0x"));
    assert_eq!(
        {
            let v = call(&mut vm, "next", vec![it.clone()]).unwrap();
            r(&mut vm, &v)
        },
        "1"
    );
    assert_eq!(
        call(&mut vm, "next", vec![it.clone()]).unwrap_err(),
        "StopIteration: "
    );
    assert_eq!(
        {
            let v = call(&mut vm, "next", vec![it.clone(), Value::Int(7)]).unwrap();
            r(&mut vm, &v)
        },
        "7"
    );
    assert_eq!(
        call(&mut vm, "next", vec![ints(&[1])]).unwrap_err(),
        "TypeError: 'list' object is not an iterator"
    );
    let again = vm.get_iter(&it).unwrap();
    assert!(again.is(&it));
    let m = method(&mut vm, &it, "__iter__", vec![]).unwrap();
    assert!(m.is(&it));
}

#[test]
fn comparisons() {
    let mut vm = vm();
    let cmp = |vm: &mut Vm, a: &Value, b: &Value, op| {
        crate::types::compare::builtin_compare(vm, a, b, op).unwrap()
    };
    let big = Value::from_bigint(num_bigint::BigInt::from(1u64 << 63) * 4);
    assert_eq!(
        cmp(
            &mut vm,
            &big,
            &Value::Float(3.6893488147419103e19),
            CmpOp::Eq
        ),
        Some(true)
    );
    assert_eq!(
        cmp(&mut vm, &Value::Int(1), &Value::Float(f64::NAN), CmpOp::Lt),
        Some(false)
    );
    assert_eq!(
        cmp(
            &mut vm,
            &Value::Int(1),
            &Value::Float(f64::NAN),
            CmpOp::NotEq
        ),
        Some(true)
    );
    assert_eq!(
        cmp(
            &mut vm,
            &Value::Int((1 << 53) + 1),
            &Value::Float(9007199254740992.0),
            CmpOp::Gt
        ),
        Some(true)
    );
    assert_eq!(
        cmp(&mut vm, &ints(&[1, 2]), &ints(&[1, 3]), CmpOp::Lt),
        Some(true)
    );
    assert_eq!(
        cmp(&mut vm, &ints(&[1, 2]), &ints(&[1, 2, 0]), CmpOp::Lt),
        Some(true)
    );
    assert_eq!(cmp(&mut vm, &Value::Int(1), &s("a"), CmpOp::Lt), None);
    assert_eq!(
        cmp(&mut vm, &Value::Int(1), &s("a"), CmpOp::Eq),
        Some(false)
    );
    let a = vm.new_set(vec![Value::Int(1)]).unwrap();
    let b = vm.new_set(vec![Value::Int(1), Value::Int(2)]).unwrap();
    assert_eq!(cmp(&mut vm, &a, &b, CmpOp::Lt), Some(true));
    assert_eq!(cmp(&mut vm, &b, &a, CmpOp::LtE), Some(false));
}

#[test]
fn list_and_dict_methods() {
    let mut vm = vm();
    let l = ints(&[3, 1, 2]);
    method(&mut vm, &l, "sort", vec![]).unwrap();
    assert_eq!(r(&mut vm, &l), "[1, 2, 3]");
    let sort = vm.get_attr(&l, &intern("sort")).unwrap();
    vm.call(&sort, vec![], vec![(intern("reverse"), Value::Bool(true))])
        .unwrap();
    assert_eq!(r(&mut vm, &l), "[3, 2, 1]");
    let mixed = Value::list(vec![Value::Int(1), s("a")]);
    let e = method(&mut vm, &mixed, "sort", vec![]).unwrap_err();
    assert_eq!(
        e,
        "TypeError: '<' not supported between instances of 'str' and 'int'"
    );
    assert_eq!(
        method(&mut vm, &l, "index", vec![Value::Int(5)]).unwrap_err(),
        "ValueError: 5 is not in list"
    );
    assert_eq!(
        method(&mut vm, &l, "remove", vec![Value::Int(5)]).unwrap_err(),
        "ValueError: list.remove(x): x not in list"
    );
    let empty = ints(&[]);
    assert_eq!(
        method(&mut vm, &empty, "pop", vec![]).unwrap_err(),
        "IndexError: pop from empty list"
    );
    let d = call(
        &mut vm,
        "dict",
        vec![Value::list(vec![Value::tuple(vec![s("a"), Value::Int(1)])])],
    )
    .unwrap();
    assert_eq!(r(&mut vm, &d), "{'a': 1}");
    let e = call(&mut vm, "dict", vec![Value::list(vec![s("a")])]).unwrap_err();
    assert_eq!(
        e,
        "ValueError: dictionary update sequence element #0 has length 1; 2 is required"
    );
    assert_eq!(
        {
            let v = method(&mut vm, &d, "pop", vec![s("a")]).unwrap();
            r(&mut vm, &v)
        },
        "1"
    );
    assert_eq!(
        method(&mut vm, &d, "popitem", vec![]).unwrap_err(),
        "KeyError: popitem(): dictionary is empty"
    );
    let dict_cls = Value::Class(vm.types.dict.clone());
    let fk = vm.get_attr(&dict_cls, &intern("fromkeys")).unwrap();
    let d2 = vm.call(&fk, vec![s("ab")], vec![]).unwrap();
    assert_eq!(r(&mut vm, &d2), "{'a': None, 'b': None}");
    let merged = crate::types::seq_ops::container_binop(&mut vm, &d, &d2, BinOp::BitOr)
        .unwrap()
        .unwrap();
    assert_eq!(r(&mut vm, &merged), "{'a': None, 'b': None}");
    let st = vm.new_set(vec![]).unwrap();
    assert_eq!(
        method(&mut vm, &st, "pop", vec![]).unwrap_err(),
        "KeyError: pop from an empty set"
    );
    let e = call(
        &mut vm,
        "range",
        vec![Value::Int(1), Value::Int(2), Value::Int(0)],
    )
    .unwrap_err();
    assert_eq!(e, "ValueError: range() arg 3 must not be zero");
    let t = Value::tuple(vec![Value::Int(1), Value::Int(2)]);
    let rep = crate::types::seq_ops::container_binop(&mut vm, &Value::Int(2), &t, BinOp::Mul)
        .unwrap()
        .unwrap();
    assert_eq!(r(&mut vm, &rep), "(1, 2, 1, 2)");
}

/// (len, start, stop, step, slice.indices(len), list(range(len))[slice])
/// generated by CPython 3.11.
type SliceCase = (
    usize,
    Option<i64>,
    Option<i64>,
    Option<i64>,
    (i64, i64, i64),
    &'static str,
);

#[rustfmt::skip]
const SLICE_CASES: &[SliceCase] = &[
    (0, None, None, None, (0, 0, 1), "[]"),
    (0, None, None, Some(-3), (-1, -1, -3), "[]"),
    (0, None, None, Some(-1), (-1, -1, -1), "[]"),
    (0, None, None, Some(1), (0, 0, 1), "[]"),
    (0, None, None, Some(2), (0, 0, 2), "[]"),
    (0, None, Some(-7), None, (0, 0, 1), "[]"),
    (0, None, Some(-7), Some(-3), (-1, -1, -3), "[]"),
    (0, None, Some(-7), Some(-1), (-1, -1, -1), "[]"),
    (0, None, Some(-7), Some(1), (0, 0, 1), "[]"),
    (0, None, Some(-7), Some(2), (0, 0, 2), "[]"),
    (0, None, Some(-1), None, (0, 0, 1), "[]"),
    (0, None, Some(-1), Some(-3), (-1, -1, -3), "[]"),
    (0, None, Some(-1), Some(-1), (-1, -1, -1), "[]"),
    (0, None, Some(-1), Some(1), (0, 0, 1), "[]"),
    (0, None, Some(-1), Some(2), (0, 0, 2), "[]"),
    (0, None, Some(0), None, (0, 0, 1), "[]"),
    (0, None, Some(0), Some(-3), (-1, -1, -3), "[]"),
    (0, None, Some(0), Some(-1), (-1, -1, -1), "[]"),
    (0, None, Some(0), Some(1), (0, 0, 1), "[]"),
    (0, None, Some(0), Some(2), (0, 0, 2), "[]"),
    (0, None, Some(2), None, (0, 0, 1), "[]"),
    (0, None, Some(2), Some(-3), (-1, -1, -3), "[]"),
    (0, None, Some(2), Some(-1), (-1, -1, -1), "[]"),
    (0, None, Some(2), Some(1), (0, 0, 1), "[]"),
    (0, None, Some(2), Some(2), (0, 0, 2), "[]"),
    (0, None, Some(7), None, (0, 0, 1), "[]"),
    (0, None, Some(7), Some(-3), (-1, -1, -3), "[]"),
    (0, None, Some(7), Some(-1), (-1, -1, -1), "[]"),
    (0, None, Some(7), Some(1), (0, 0, 1), "[]"),
    (0, None, Some(7), Some(2), (0, 0, 2), "[]"),
    (0, Some(-7), None, None, (0, 0, 1), "[]"),
    (0, Some(-7), None, Some(-3), (-1, -1, -3), "[]"),
    (0, Some(-7), None, Some(-1), (-1, -1, -1), "[]"),
    (0, Some(-7), None, Some(1), (0, 0, 1), "[]"),
    (0, Some(-7), None, Some(2), (0, 0, 2), "[]"),
    (0, Some(-7), Some(-7), None, (0, 0, 1), "[]"),
    (0, Some(-7), Some(-7), Some(-3), (-1, -1, -3), "[]"),
    (0, Some(-7), Some(-7), Some(-1), (-1, -1, -1), "[]"),
    (0, Some(-7), Some(-7), Some(1), (0, 0, 1), "[]"),
    (0, Some(-7), Some(-7), Some(2), (0, 0, 2), "[]"),
    (0, Some(-7), Some(-1), None, (0, 0, 1), "[]"),
    (0, Some(-7), Some(-1), Some(-3), (-1, -1, -3), "[]"),
    (0, Some(-7), Some(-1), Some(-1), (-1, -1, -1), "[]"),
    (0, Some(-7), Some(-1), Some(1), (0, 0, 1), "[]"),
    (0, Some(-7), Some(-1), Some(2), (0, 0, 2), "[]"),
    (0, Some(-7), Some(0), None, (0, 0, 1), "[]"),
    (0, Some(-7), Some(0), Some(-3), (-1, -1, -3), "[]"),
    (0, Some(-7), Some(0), Some(-1), (-1, -1, -1), "[]"),
    (0, Some(-7), Some(0), Some(1), (0, 0, 1), "[]"),
    (0, Some(-7), Some(0), Some(2), (0, 0, 2), "[]"),
    (0, Some(-7), Some(2), None, (0, 0, 1), "[]"),
    (0, Some(-7), Some(2), Some(-3), (-1, -1, -3), "[]"),
    (0, Some(-7), Some(2), Some(-1), (-1, -1, -1), "[]"),
    (0, Some(-7), Some(2), Some(1), (0, 0, 1), "[]"),
    (0, Some(-7), Some(2), Some(2), (0, 0, 2), "[]"),
    (0, Some(-7), Some(7), None, (0, 0, 1), "[]"),
    (0, Some(-7), Some(7), Some(-3), (-1, -1, -3), "[]"),
    (0, Some(-7), Some(7), Some(-1), (-1, -1, -1), "[]"),
    (0, Some(-7), Some(7), Some(1), (0, 0, 1), "[]"),
    (0, Some(-7), Some(7), Some(2), (0, 0, 2), "[]"),
    (0, Some(-1), None, None, (0, 0, 1), "[]"),
    (0, Some(-1), None, Some(-3), (-1, -1, -3), "[]"),
    (0, Some(-1), None, Some(-1), (-1, -1, -1), "[]"),
    (0, Some(-1), None, Some(1), (0, 0, 1), "[]"),
    (0, Some(-1), None, Some(2), (0, 0, 2), "[]"),
    (0, Some(-1), Some(-7), None, (0, 0, 1), "[]"),
    (0, Some(-1), Some(-7), Some(-3), (-1, -1, -3), "[]"),
    (0, Some(-1), Some(-7), Some(-1), (-1, -1, -1), "[]"),
    (0, Some(-1), Some(-7), Some(1), (0, 0, 1), "[]"),
    (0, Some(-1), Some(-7), Some(2), (0, 0, 2), "[]"),
    (0, Some(-1), Some(-1), None, (0, 0, 1), "[]"),
    (0, Some(-1), Some(-1), Some(-3), (-1, -1, -3), "[]"),
    (0, Some(-1), Some(-1), Some(-1), (-1, -1, -1), "[]"),
    (0, Some(-1), Some(-1), Some(1), (0, 0, 1), "[]"),
    (0, Some(-1), Some(-1), Some(2), (0, 0, 2), "[]"),
    (0, Some(-1), Some(0), None, (0, 0, 1), "[]"),
    (0, Some(-1), Some(0), Some(-3), (-1, -1, -3), "[]"),
    (0, Some(-1), Some(0), Some(-1), (-1, -1, -1), "[]"),
    (0, Some(-1), Some(0), Some(1), (0, 0, 1), "[]"),
    (0, Some(-1), Some(0), Some(2), (0, 0, 2), "[]"),
    (0, Some(-1), Some(2), None, (0, 0, 1), "[]"),
    (0, Some(-1), Some(2), Some(-3), (-1, -1, -3), "[]"),
    (0, Some(-1), Some(2), Some(-1), (-1, -1, -1), "[]"),
    (0, Some(-1), Some(2), Some(1), (0, 0, 1), "[]"),
    (0, Some(-1), Some(2), Some(2), (0, 0, 2), "[]"),
    (0, Some(-1), Some(7), None, (0, 0, 1), "[]"),
    (0, Some(-1), Some(7), Some(-3), (-1, -1, -3), "[]"),
    (0, Some(-1), Some(7), Some(-1), (-1, -1, -1), "[]"),
    (0, Some(-1), Some(7), Some(1), (0, 0, 1), "[]"),
    (0, Some(-1), Some(7), Some(2), (0, 0, 2), "[]"),
    (0, Some(0), None, None, (0, 0, 1), "[]"),
    (0, Some(0), None, Some(-3), (-1, -1, -3), "[]"),
    (0, Some(0), None, Some(-1), (-1, -1, -1), "[]"),
    (0, Some(0), None, Some(1), (0, 0, 1), "[]"),
    (0, Some(0), None, Some(2), (0, 0, 2), "[]"),
    (0, Some(0), Some(-7), None, (0, 0, 1), "[]"),
    (0, Some(0), Some(-7), Some(-3), (-1, -1, -3), "[]"),
    (0, Some(0), Some(-7), Some(-1), (-1, -1, -1), "[]"),
    (0, Some(0), Some(-7), Some(1), (0, 0, 1), "[]"),
    (0, Some(0), Some(-7), Some(2), (0, 0, 2), "[]"),
    (0, Some(0), Some(-1), None, (0, 0, 1), "[]"),
    (0, Some(0), Some(-1), Some(-3), (-1, -1, -3), "[]"),
    (0, Some(0), Some(-1), Some(-1), (-1, -1, -1), "[]"),
    (0, Some(0), Some(-1), Some(1), (0, 0, 1), "[]"),
    (0, Some(0), Some(-1), Some(2), (0, 0, 2), "[]"),
    (0, Some(0), Some(0), None, (0, 0, 1), "[]"),
    (0, Some(0), Some(0), Some(-3), (-1, -1, -3), "[]"),
    (0, Some(0), Some(0), Some(-1), (-1, -1, -1), "[]"),
    (0, Some(0), Some(0), Some(1), (0, 0, 1), "[]"),
    (0, Some(0), Some(0), Some(2), (0, 0, 2), "[]"),
    (0, Some(0), Some(2), None, (0, 0, 1), "[]"),
    (0, Some(0), Some(2), Some(-3), (-1, -1, -3), "[]"),
    (0, Some(0), Some(2), Some(-1), (-1, -1, -1), "[]"),
    (0, Some(0), Some(2), Some(1), (0, 0, 1), "[]"),
    (0, Some(0), Some(2), Some(2), (0, 0, 2), "[]"),
    (0, Some(0), Some(7), None, (0, 0, 1), "[]"),
    (0, Some(0), Some(7), Some(-3), (-1, -1, -3), "[]"),
    (0, Some(0), Some(7), Some(-1), (-1, -1, -1), "[]"),
    (0, Some(0), Some(7), Some(1), (0, 0, 1), "[]"),
    (0, Some(0), Some(7), Some(2), (0, 0, 2), "[]"),
    (0, Some(2), None, None, (0, 0, 1), "[]"),
    (0, Some(2), None, Some(-3), (-1, -1, -3), "[]"),
    (0, Some(2), None, Some(-1), (-1, -1, -1), "[]"),
    (0, Some(2), None, Some(1), (0, 0, 1), "[]"),
    (0, Some(2), None, Some(2), (0, 0, 2), "[]"),
    (0, Some(2), Some(-7), None, (0, 0, 1), "[]"),
    (0, Some(2), Some(-7), Some(-3), (-1, -1, -3), "[]"),
    (0, Some(2), Some(-7), Some(-1), (-1, -1, -1), "[]"),
    (0, Some(2), Some(-7), Some(1), (0, 0, 1), "[]"),
    (0, Some(2), Some(-7), Some(2), (0, 0, 2), "[]"),
    (0, Some(2), Some(-1), None, (0, 0, 1), "[]"),
    (0, Some(2), Some(-1), Some(-3), (-1, -1, -3), "[]"),
    (0, Some(2), Some(-1), Some(-1), (-1, -1, -1), "[]"),
    (0, Some(2), Some(-1), Some(1), (0, 0, 1), "[]"),
    (0, Some(2), Some(-1), Some(2), (0, 0, 2), "[]"),
    (0, Some(2), Some(0), None, (0, 0, 1), "[]"),
    (0, Some(2), Some(0), Some(-3), (-1, -1, -3), "[]"),
    (0, Some(2), Some(0), Some(-1), (-1, -1, -1), "[]"),
    (0, Some(2), Some(0), Some(1), (0, 0, 1), "[]"),
    (0, Some(2), Some(0), Some(2), (0, 0, 2), "[]"),
    (0, Some(2), Some(2), None, (0, 0, 1), "[]"),
    (0, Some(2), Some(2), Some(-3), (-1, -1, -3), "[]"),
    (0, Some(2), Some(2), Some(-1), (-1, -1, -1), "[]"),
    (0, Some(2), Some(2), Some(1), (0, 0, 1), "[]"),
    (0, Some(2), Some(2), Some(2), (0, 0, 2), "[]"),
    (0, Some(2), Some(7), None, (0, 0, 1), "[]"),
    (0, Some(2), Some(7), Some(-3), (-1, -1, -3), "[]"),
    (0, Some(2), Some(7), Some(-1), (-1, -1, -1), "[]"),
    (0, Some(2), Some(7), Some(1), (0, 0, 1), "[]"),
    (0, Some(2), Some(7), Some(2), (0, 0, 2), "[]"),
    (0, Some(7), None, None, (0, 0, 1), "[]"),
    (0, Some(7), None, Some(-3), (-1, -1, -3), "[]"),
    (0, Some(7), None, Some(-1), (-1, -1, -1), "[]"),
    (0, Some(7), None, Some(1), (0, 0, 1), "[]"),
    (0, Some(7), None, Some(2), (0, 0, 2), "[]"),
    (0, Some(7), Some(-7), None, (0, 0, 1), "[]"),
    (0, Some(7), Some(-7), Some(-3), (-1, -1, -3), "[]"),
    (0, Some(7), Some(-7), Some(-1), (-1, -1, -1), "[]"),
    (0, Some(7), Some(-7), Some(1), (0, 0, 1), "[]"),
    (0, Some(7), Some(-7), Some(2), (0, 0, 2), "[]"),
    (0, Some(7), Some(-1), None, (0, 0, 1), "[]"),
    (0, Some(7), Some(-1), Some(-3), (-1, -1, -3), "[]"),
    (0, Some(7), Some(-1), Some(-1), (-1, -1, -1), "[]"),
    (0, Some(7), Some(-1), Some(1), (0, 0, 1), "[]"),
    (0, Some(7), Some(-1), Some(2), (0, 0, 2), "[]"),
    (0, Some(7), Some(0), None, (0, 0, 1), "[]"),
    (0, Some(7), Some(0), Some(-3), (-1, -1, -3), "[]"),
    (0, Some(7), Some(0), Some(-1), (-1, -1, -1), "[]"),
    (0, Some(7), Some(0), Some(1), (0, 0, 1), "[]"),
    (0, Some(7), Some(0), Some(2), (0, 0, 2), "[]"),
    (0, Some(7), Some(2), None, (0, 0, 1), "[]"),
    (0, Some(7), Some(2), Some(-3), (-1, -1, -3), "[]"),
    (0, Some(7), Some(2), Some(-1), (-1, -1, -1), "[]"),
    (0, Some(7), Some(2), Some(1), (0, 0, 1), "[]"),
    (0, Some(7), Some(2), Some(2), (0, 0, 2), "[]"),
    (0, Some(7), Some(7), None, (0, 0, 1), "[]"),
    (0, Some(7), Some(7), Some(-3), (-1, -1, -3), "[]"),
    (0, Some(7), Some(7), Some(-1), (-1, -1, -1), "[]"),
    (0, Some(7), Some(7), Some(1), (0, 0, 1), "[]"),
    (0, Some(7), Some(7), Some(2), (0, 0, 2), "[]"),
    (1, None, None, None, (0, 1, 1), "[0]"),
    (1, None, None, Some(-3), (0, -1, -3), "[0]"),
    (1, None, None, Some(-1), (0, -1, -1), "[0]"),
    (1, None, None, Some(1), (0, 1, 1), "[0]"),
    (1, None, None, Some(2), (0, 1, 2), "[0]"),
    (1, None, Some(-7), None, (0, 0, 1), "[]"),
    (1, None, Some(-7), Some(-3), (0, -1, -3), "[0]"),
    (1, None, Some(-7), Some(-1), (0, -1, -1), "[0]"),
    (1, None, Some(-7), Some(1), (0, 0, 1), "[]"),
    (1, None, Some(-7), Some(2), (0, 0, 2), "[]"),
    (1, None, Some(-1), None, (0, 0, 1), "[]"),
    (1, None, Some(-1), Some(-3), (0, 0, -3), "[]"),
    (1, None, Some(-1), Some(-1), (0, 0, -1), "[]"),
    (1, None, Some(-1), Some(1), (0, 0, 1), "[]"),
    (1, None, Some(-1), Some(2), (0, 0, 2), "[]"),
    (1, None, Some(0), None, (0, 0, 1), "[]"),
    (1, None, Some(0), Some(-3), (0, 0, -3), "[]"),
    (1, None, Some(0), Some(-1), (0, 0, -1), "[]"),
    (1, None, Some(0), Some(1), (0, 0, 1), "[]"),
    (1, None, Some(0), Some(2), (0, 0, 2), "[]"),
    (1, None, Some(2), None, (0, 1, 1), "[0]"),
    (1, None, Some(2), Some(-3), (0, 0, -3), "[]"),
    (1, None, Some(2), Some(-1), (0, 0, -1), "[]"),
    (1, None, Some(2), Some(1), (0, 1, 1), "[0]"),
    (1, None, Some(2), Some(2), (0, 1, 2), "[0]"),
    (1, None, Some(7), None, (0, 1, 1), "[0]"),
    (1, None, Some(7), Some(-3), (0, 0, -3), "[]"),
    (1, None, Some(7), Some(-1), (0, 0, -1), "[]"),
    (1, None, Some(7), Some(1), (0, 1, 1), "[0]"),
    (1, None, Some(7), Some(2), (0, 1, 2), "[0]"),
    (1, Some(-7), None, None, (0, 1, 1), "[0]"),
    (1, Some(-7), None, Some(-3), (-1, -1, -3), "[]"),
    (1, Some(-7), None, Some(-1), (-1, -1, -1), "[]"),
    (1, Some(-7), None, Some(1), (0, 1, 1), "[0]"),
    (1, Some(-7), None, Some(2), (0, 1, 2), "[0]"),
    (1, Some(-7), Some(-7), None, (0, 0, 1), "[]"),
    (1, Some(-7), Some(-7), Some(-3), (-1, -1, -3), "[]"),
    (1, Some(-7), Some(-7), Some(-1), (-1, -1, -1), "[]"),
    (1, Some(-7), Some(-7), Some(1), (0, 0, 1), "[]"),
    (1, Some(-7), Some(-7), Some(2), (0, 0, 2), "[]"),
    (1, Some(-7), Some(-1), None, (0, 0, 1), "[]"),
    (1, Some(-7), Some(-1), Some(-3), (-1, 0, -3), "[]"),
    (1, Some(-7), Some(-1), Some(-1), (-1, 0, -1), "[]"),
    (1, Some(-7), Some(-1), Some(1), (0, 0, 1), "[]"),
    (1, Some(-7), Some(-1), Some(2), (0, 0, 2), "[]"),
    (1, Some(-7), Some(0), None, (0, 0, 1), "[]"),
    (1, Some(-7), Some(0), Some(-3), (-1, 0, -3), "[]"),
    (1, Some(-7), Some(0), Some(-1), (-1, 0, -1), "[]"),
    (1, Some(-7), Some(0), Some(1), (0, 0, 1), "[]"),
    (1, Some(-7), Some(0), Some(2), (0, 0, 2), "[]"),
    (1, Some(-7), Some(2), None, (0, 1, 1), "[0]"),
    (1, Some(-7), Some(2), Some(-3), (-1, 0, -3), "[]"),
    (1, Some(-7), Some(2), Some(-1), (-1, 0, -1), "[]"),
    (1, Some(-7), Some(2), Some(1), (0, 1, 1), "[0]"),
    (1, Some(-7), Some(2), Some(2), (0, 1, 2), "[0]"),
    (1, Some(-7), Some(7), None, (0, 1, 1), "[0]"),
    (1, Some(-7), Some(7), Some(-3), (-1, 0, -3), "[]"),
    (1, Some(-7), Some(7), Some(-1), (-1, 0, -1), "[]"),
    (1, Some(-7), Some(7), Some(1), (0, 1, 1), "[0]"),
    (1, Some(-7), Some(7), Some(2), (0, 1, 2), "[0]"),
    (1, Some(-1), None, None, (0, 1, 1), "[0]"),
    (1, Some(-1), None, Some(-3), (0, -1, -3), "[0]"),
    (1, Some(-1), None, Some(-1), (0, -1, -1), "[0]"),
    (1, Some(-1), None, Some(1), (0, 1, 1), "[0]"),
    (1, Some(-1), None, Some(2), (0, 1, 2), "[0]"),
    (1, Some(-1), Some(-7), None, (0, 0, 1), "[]"),
    (1, Some(-1), Some(-7), Some(-3), (0, -1, -3), "[0]"),
    (1, Some(-1), Some(-7), Some(-1), (0, -1, -1), "[0]"),
    (1, Some(-1), Some(-7), Some(1), (0, 0, 1), "[]"),
    (1, Some(-1), Some(-7), Some(2), (0, 0, 2), "[]"),
    (1, Some(-1), Some(-1), None, (0, 0, 1), "[]"),
    (1, Some(-1), Some(-1), Some(-3), (0, 0, -3), "[]"),
    (1, Some(-1), Some(-1), Some(-1), (0, 0, -1), "[]"),
    (1, Some(-1), Some(-1), Some(1), (0, 0, 1), "[]"),
    (1, Some(-1), Some(-1), Some(2), (0, 0, 2), "[]"),
    (1, Some(-1), Some(0), None, (0, 0, 1), "[]"),
    (1, Some(-1), Some(0), Some(-3), (0, 0, -3), "[]"),
    (1, Some(-1), Some(0), Some(-1), (0, 0, -1), "[]"),
    (1, Some(-1), Some(0), Some(1), (0, 0, 1), "[]"),
    (1, Some(-1), Some(0), Some(2), (0, 0, 2), "[]"),
    (1, Some(-1), Some(2), None, (0, 1, 1), "[0]"),
    (1, Some(-1), Some(2), Some(-3), (0, 0, -3), "[]"),
    (1, Some(-1), Some(2), Some(-1), (0, 0, -1), "[]"),
    (1, Some(-1), Some(2), Some(1), (0, 1, 1), "[0]"),
    (1, Some(-1), Some(2), Some(2), (0, 1, 2), "[0]"),
    (1, Some(-1), Some(7), None, (0, 1, 1), "[0]"),
    (1, Some(-1), Some(7), Some(-3), (0, 0, -3), "[]"),
    (1, Some(-1), Some(7), Some(-1), (0, 0, -1), "[]"),
    (1, Some(-1), Some(7), Some(1), (0, 1, 1), "[0]"),
    (1, Some(-1), Some(7), Some(2), (0, 1, 2), "[0]"),
    (1, Some(0), None, None, (0, 1, 1), "[0]"),
    (1, Some(0), None, Some(-3), (0, -1, -3), "[0]"),
    (1, Some(0), None, Some(-1), (0, -1, -1), "[0]"),
    (1, Some(0), None, Some(1), (0, 1, 1), "[0]"),
    (1, Some(0), None, Some(2), (0, 1, 2), "[0]"),
    (1, Some(0), Some(-7), None, (0, 0, 1), "[]"),
    (1, Some(0), Some(-7), Some(-3), (0, -1, -3), "[0]"),
    (1, Some(0), Some(-7), Some(-1), (0, -1, -1), "[0]"),
    (1, Some(0), Some(-7), Some(1), (0, 0, 1), "[]"),
    (1, Some(0), Some(-7), Some(2), (0, 0, 2), "[]"),
    (1, Some(0), Some(-1), None, (0, 0, 1), "[]"),
    (1, Some(0), Some(-1), Some(-3), (0, 0, -3), "[]"),
    (1, Some(0), Some(-1), Some(-1), (0, 0, -1), "[]"),
    (1, Some(0), Some(-1), Some(1), (0, 0, 1), "[]"),
    (1, Some(0), Some(-1), Some(2), (0, 0, 2), "[]"),
    (1, Some(0), Some(0), None, (0, 0, 1), "[]"),
    (1, Some(0), Some(0), Some(-3), (0, 0, -3), "[]"),
    (1, Some(0), Some(0), Some(-1), (0, 0, -1), "[]"),
    (1, Some(0), Some(0), Some(1), (0, 0, 1), "[]"),
    (1, Some(0), Some(0), Some(2), (0, 0, 2), "[]"),
    (1, Some(0), Some(2), None, (0, 1, 1), "[0]"),
    (1, Some(0), Some(2), Some(-3), (0, 0, -3), "[]"),
    (1, Some(0), Some(2), Some(-1), (0, 0, -1), "[]"),
    (1, Some(0), Some(2), Some(1), (0, 1, 1), "[0]"),
    (1, Some(0), Some(2), Some(2), (0, 1, 2), "[0]"),
    (1, Some(0), Some(7), None, (0, 1, 1), "[0]"),
    (1, Some(0), Some(7), Some(-3), (0, 0, -3), "[]"),
    (1, Some(0), Some(7), Some(-1), (0, 0, -1), "[]"),
    (1, Some(0), Some(7), Some(1), (0, 1, 1), "[0]"),
    (1, Some(0), Some(7), Some(2), (0, 1, 2), "[0]"),
    (1, Some(2), None, None, (1, 1, 1), "[]"),
    (1, Some(2), None, Some(-3), (0, -1, -3), "[0]"),
    (1, Some(2), None, Some(-1), (0, -1, -1), "[0]"),
    (1, Some(2), None, Some(1), (1, 1, 1), "[]"),
    (1, Some(2), None, Some(2), (1, 1, 2), "[]"),
    (1, Some(2), Some(-7), None, (1, 0, 1), "[]"),
    (1, Some(2), Some(-7), Some(-3), (0, -1, -3), "[0]"),
    (1, Some(2), Some(-7), Some(-1), (0, -1, -1), "[0]"),
    (1, Some(2), Some(-7), Some(1), (1, 0, 1), "[]"),
    (1, Some(2), Some(-7), Some(2), (1, 0, 2), "[]"),
    (1, Some(2), Some(-1), None, (1, 0, 1), "[]"),
    (1, Some(2), Some(-1), Some(-3), (0, 0, -3), "[]"),
    (1, Some(2), Some(-1), Some(-1), (0, 0, -1), "[]"),
    (1, Some(2), Some(-1), Some(1), (1, 0, 1), "[]"),
    (1, Some(2), Some(-1), Some(2), (1, 0, 2), "[]"),
    (1, Some(2), Some(0), None, (1, 0, 1), "[]"),
    (1, Some(2), Some(0), Some(-3), (0, 0, -3), "[]"),
    (1, Some(2), Some(0), Some(-1), (0, 0, -1), "[]"),
    (1, Some(2), Some(0), Some(1), (1, 0, 1), "[]"),
    (1, Some(2), Some(0), Some(2), (1, 0, 2), "[]"),
    (1, Some(2), Some(2), None, (1, 1, 1), "[]"),
    (1, Some(2), Some(2), Some(-3), (0, 0, -3), "[]"),
    (1, Some(2), Some(2), Some(-1), (0, 0, -1), "[]"),
    (1, Some(2), Some(2), Some(1), (1, 1, 1), "[]"),
    (1, Some(2), Some(2), Some(2), (1, 1, 2), "[]"),
    (1, Some(2), Some(7), None, (1, 1, 1), "[]"),
    (1, Some(2), Some(7), Some(-3), (0, 0, -3), "[]"),
    (1, Some(2), Some(7), Some(-1), (0, 0, -1), "[]"),
    (1, Some(2), Some(7), Some(1), (1, 1, 1), "[]"),
    (1, Some(2), Some(7), Some(2), (1, 1, 2), "[]"),
    (1, Some(7), None, None, (1, 1, 1), "[]"),
    (1, Some(7), None, Some(-3), (0, -1, -3), "[0]"),
    (1, Some(7), None, Some(-1), (0, -1, -1), "[0]"),
    (1, Some(7), None, Some(1), (1, 1, 1), "[]"),
    (1, Some(7), None, Some(2), (1, 1, 2), "[]"),
    (1, Some(7), Some(-7), None, (1, 0, 1), "[]"),
    (1, Some(7), Some(-7), Some(-3), (0, -1, -3), "[0]"),
    (1, Some(7), Some(-7), Some(-1), (0, -1, -1), "[0]"),
    (1, Some(7), Some(-7), Some(1), (1, 0, 1), "[]"),
    (1, Some(7), Some(-7), Some(2), (1, 0, 2), "[]"),
    (1, Some(7), Some(-1), None, (1, 0, 1), "[]"),
    (1, Some(7), Some(-1), Some(-3), (0, 0, -3), "[]"),
    (1, Some(7), Some(-1), Some(-1), (0, 0, -1), "[]"),
    (1, Some(7), Some(-1), Some(1), (1, 0, 1), "[]"),
    (1, Some(7), Some(-1), Some(2), (1, 0, 2), "[]"),
    (1, Some(7), Some(0), None, (1, 0, 1), "[]"),
    (1, Some(7), Some(0), Some(-3), (0, 0, -3), "[]"),
    (1, Some(7), Some(0), Some(-1), (0, 0, -1), "[]"),
    (1, Some(7), Some(0), Some(1), (1, 0, 1), "[]"),
    (1, Some(7), Some(0), Some(2), (1, 0, 2), "[]"),
    (1, Some(7), Some(2), None, (1, 1, 1), "[]"),
    (1, Some(7), Some(2), Some(-3), (0, 0, -3), "[]"),
    (1, Some(7), Some(2), Some(-1), (0, 0, -1), "[]"),
    (1, Some(7), Some(2), Some(1), (1, 1, 1), "[]"),
    (1, Some(7), Some(2), Some(2), (1, 1, 2), "[]"),
    (1, Some(7), Some(7), None, (1, 1, 1), "[]"),
    (1, Some(7), Some(7), Some(-3), (0, 0, -3), "[]"),
    (1, Some(7), Some(7), Some(-1), (0, 0, -1), "[]"),
    (1, Some(7), Some(7), Some(1), (1, 1, 1), "[]"),
    (1, Some(7), Some(7), Some(2), (1, 1, 2), "[]"),
    (5, None, None, None, (0, 5, 1), "[0, 1, 2, 3, 4]"),
    (5, None, None, Some(-3), (4, -1, -3), "[4, 1]"),
    (5, None, None, Some(-1), (4, -1, -1), "[4, 3, 2, 1, 0]"),
    (5, None, None, Some(1), (0, 5, 1), "[0, 1, 2, 3, 4]"),
    (5, None, None, Some(2), (0, 5, 2), "[0, 2, 4]"),
    (5, None, Some(-7), None, (0, 0, 1), "[]"),
    (5, None, Some(-7), Some(-3), (4, -1, -3), "[4, 1]"),
    (5, None, Some(-7), Some(-1), (4, -1, -1), "[4, 3, 2, 1, 0]"),
    (5, None, Some(-7), Some(1), (0, 0, 1), "[]"),
    (5, None, Some(-7), Some(2), (0, 0, 2), "[]"),
    (5, None, Some(-1), None, (0, 4, 1), "[0, 1, 2, 3]"),
    (5, None, Some(-1), Some(-3), (4, 4, -3), "[]"),
    (5, None, Some(-1), Some(-1), (4, 4, -1), "[]"),
    (5, None, Some(-1), Some(1), (0, 4, 1), "[0, 1, 2, 3]"),
    (5, None, Some(-1), Some(2), (0, 4, 2), "[0, 2]"),
    (5, None, Some(0), None, (0, 0, 1), "[]"),
    (5, None, Some(0), Some(-3), (4, 0, -3), "[4, 1]"),
    (5, None, Some(0), Some(-1), (4, 0, -1), "[4, 3, 2, 1]"),
    (5, None, Some(0), Some(1), (0, 0, 1), "[]"),
    (5, None, Some(0), Some(2), (0, 0, 2), "[]"),
    (5, None, Some(2), None, (0, 2, 1), "[0, 1]"),
    (5, None, Some(2), Some(-3), (4, 2, -3), "[4]"),
    (5, None, Some(2), Some(-1), (4, 2, -1), "[4, 3]"),
    (5, None, Some(2), Some(1), (0, 2, 1), "[0, 1]"),
    (5, None, Some(2), Some(2), (0, 2, 2), "[0]"),
    (5, None, Some(7), None, (0, 5, 1), "[0, 1, 2, 3, 4]"),
    (5, None, Some(7), Some(-3), (4, 4, -3), "[]"),
    (5, None, Some(7), Some(-1), (4, 4, -1), "[]"),
    (5, None, Some(7), Some(1), (0, 5, 1), "[0, 1, 2, 3, 4]"),
    (5, None, Some(7), Some(2), (0, 5, 2), "[0, 2, 4]"),
    (5, Some(-7), None, None, (0, 5, 1), "[0, 1, 2, 3, 4]"),
    (5, Some(-7), None, Some(-3), (-1, -1, -3), "[]"),
    (5, Some(-7), None, Some(-1), (-1, -1, -1), "[]"),
    (5, Some(-7), None, Some(1), (0, 5, 1), "[0, 1, 2, 3, 4]"),
    (5, Some(-7), None, Some(2), (0, 5, 2), "[0, 2, 4]"),
    (5, Some(-7), Some(-7), None, (0, 0, 1), "[]"),
    (5, Some(-7), Some(-7), Some(-3), (-1, -1, -3), "[]"),
    (5, Some(-7), Some(-7), Some(-1), (-1, -1, -1), "[]"),
    (5, Some(-7), Some(-7), Some(1), (0, 0, 1), "[]"),
    (5, Some(-7), Some(-7), Some(2), (0, 0, 2), "[]"),
    (5, Some(-7), Some(-1), None, (0, 4, 1), "[0, 1, 2, 3]"),
    (5, Some(-7), Some(-1), Some(-3), (-1, 4, -3), "[]"),
    (5, Some(-7), Some(-1), Some(-1), (-1, 4, -1), "[]"),
    (5, Some(-7), Some(-1), Some(1), (0, 4, 1), "[0, 1, 2, 3]"),
    (5, Some(-7), Some(-1), Some(2), (0, 4, 2), "[0, 2]"),
    (5, Some(-7), Some(0), None, (0, 0, 1), "[]"),
    (5, Some(-7), Some(0), Some(-3), (-1, 0, -3), "[]"),
    (5, Some(-7), Some(0), Some(-1), (-1, 0, -1), "[]"),
    (5, Some(-7), Some(0), Some(1), (0, 0, 1), "[]"),
    (5, Some(-7), Some(0), Some(2), (0, 0, 2), "[]"),
    (5, Some(-7), Some(2), None, (0, 2, 1), "[0, 1]"),
    (5, Some(-7), Some(2), Some(-3), (-1, 2, -3), "[]"),
    (5, Some(-7), Some(2), Some(-1), (-1, 2, -1), "[]"),
    (5, Some(-7), Some(2), Some(1), (0, 2, 1), "[0, 1]"),
    (5, Some(-7), Some(2), Some(2), (0, 2, 2), "[0]"),
    (5, Some(-7), Some(7), None, (0, 5, 1), "[0, 1, 2, 3, 4]"),
    (5, Some(-7), Some(7), Some(-3), (-1, 4, -3), "[]"),
    (5, Some(-7), Some(7), Some(-1), (-1, 4, -1), "[]"),
    (5, Some(-7), Some(7), Some(1), (0, 5, 1), "[0, 1, 2, 3, 4]"),
    (5, Some(-7), Some(7), Some(2), (0, 5, 2), "[0, 2, 4]"),
    (5, Some(-1), None, None, (4, 5, 1), "[4]"),
    (5, Some(-1), None, Some(-3), (4, -1, -3), "[4, 1]"),
    (5, Some(-1), None, Some(-1), (4, -1, -1), "[4, 3, 2, 1, 0]"),
    (5, Some(-1), None, Some(1), (4, 5, 1), "[4]"),
    (5, Some(-1), None, Some(2), (4, 5, 2), "[4]"),
    (5, Some(-1), Some(-7), None, (4, 0, 1), "[]"),
    (5, Some(-1), Some(-7), Some(-3), (4, -1, -3), "[4, 1]"),
    (5, Some(-1), Some(-7), Some(-1), (4, -1, -1), "[4, 3, 2, 1, 0]"),
    (5, Some(-1), Some(-7), Some(1), (4, 0, 1), "[]"),
    (5, Some(-1), Some(-7), Some(2), (4, 0, 2), "[]"),
    (5, Some(-1), Some(-1), None, (4, 4, 1), "[]"),
    (5, Some(-1), Some(-1), Some(-3), (4, 4, -3), "[]"),
    (5, Some(-1), Some(-1), Some(-1), (4, 4, -1), "[]"),
    (5, Some(-1), Some(-1), Some(1), (4, 4, 1), "[]"),
    (5, Some(-1), Some(-1), Some(2), (4, 4, 2), "[]"),
    (5, Some(-1), Some(0), None, (4, 0, 1), "[]"),
    (5, Some(-1), Some(0), Some(-3), (4, 0, -3), "[4, 1]"),
    (5, Some(-1), Some(0), Some(-1), (4, 0, -1), "[4, 3, 2, 1]"),
    (5, Some(-1), Some(0), Some(1), (4, 0, 1), "[]"),
    (5, Some(-1), Some(0), Some(2), (4, 0, 2), "[]"),
    (5, Some(-1), Some(2), None, (4, 2, 1), "[]"),
    (5, Some(-1), Some(2), Some(-3), (4, 2, -3), "[4]"),
    (5, Some(-1), Some(2), Some(-1), (4, 2, -1), "[4, 3]"),
    (5, Some(-1), Some(2), Some(1), (4, 2, 1), "[]"),
    (5, Some(-1), Some(2), Some(2), (4, 2, 2), "[]"),
    (5, Some(-1), Some(7), None, (4, 5, 1), "[4]"),
    (5, Some(-1), Some(7), Some(-3), (4, 4, -3), "[]"),
    (5, Some(-1), Some(7), Some(-1), (4, 4, -1), "[]"),
    (5, Some(-1), Some(7), Some(1), (4, 5, 1), "[4]"),
    (5, Some(-1), Some(7), Some(2), (4, 5, 2), "[4]"),
    (5, Some(0), None, None, (0, 5, 1), "[0, 1, 2, 3, 4]"),
    (5, Some(0), None, Some(-3), (0, -1, -3), "[0]"),
    (5, Some(0), None, Some(-1), (0, -1, -1), "[0]"),
    (5, Some(0), None, Some(1), (0, 5, 1), "[0, 1, 2, 3, 4]"),
    (5, Some(0), None, Some(2), (0, 5, 2), "[0, 2, 4]"),
    (5, Some(0), Some(-7), None, (0, 0, 1), "[]"),
    (5, Some(0), Some(-7), Some(-3), (0, -1, -3), "[0]"),
    (5, Some(0), Some(-7), Some(-1), (0, -1, -1), "[0]"),
    (5, Some(0), Some(-7), Some(1), (0, 0, 1), "[]"),
    (5, Some(0), Some(-7), Some(2), (0, 0, 2), "[]"),
    (5, Some(0), Some(-1), None, (0, 4, 1), "[0, 1, 2, 3]"),
    (5, Some(0), Some(-1), Some(-3), (0, 4, -3), "[]"),
    (5, Some(0), Some(-1), Some(-1), (0, 4, -1), "[]"),
    (5, Some(0), Some(-1), Some(1), (0, 4, 1), "[0, 1, 2, 3]"),
    (5, Some(0), Some(-1), Some(2), (0, 4, 2), "[0, 2]"),
    (5, Some(0), Some(0), None, (0, 0, 1), "[]"),
    (5, Some(0), Some(0), Some(-3), (0, 0, -3), "[]"),
    (5, Some(0), Some(0), Some(-1), (0, 0, -1), "[]"),
    (5, Some(0), Some(0), Some(1), (0, 0, 1), "[]"),
    (5, Some(0), Some(0), Some(2), (0, 0, 2), "[]"),
    (5, Some(0), Some(2), None, (0, 2, 1), "[0, 1]"),
    (5, Some(0), Some(2), Some(-3), (0, 2, -3), "[]"),
    (5, Some(0), Some(2), Some(-1), (0, 2, -1), "[]"),
    (5, Some(0), Some(2), Some(1), (0, 2, 1), "[0, 1]"),
    (5, Some(0), Some(2), Some(2), (0, 2, 2), "[0]"),
    (5, Some(0), Some(7), None, (0, 5, 1), "[0, 1, 2, 3, 4]"),
    (5, Some(0), Some(7), Some(-3), (0, 4, -3), "[]"),
    (5, Some(0), Some(7), Some(-1), (0, 4, -1), "[]"),
    (5, Some(0), Some(7), Some(1), (0, 5, 1), "[0, 1, 2, 3, 4]"),
    (5, Some(0), Some(7), Some(2), (0, 5, 2), "[0, 2, 4]"),
    (5, Some(2), None, None, (2, 5, 1), "[2, 3, 4]"),
    (5, Some(2), None, Some(-3), (2, -1, -3), "[2]"),
    (5, Some(2), None, Some(-1), (2, -1, -1), "[2, 1, 0]"),
    (5, Some(2), None, Some(1), (2, 5, 1), "[2, 3, 4]"),
    (5, Some(2), None, Some(2), (2, 5, 2), "[2, 4]"),
    (5, Some(2), Some(-7), None, (2, 0, 1), "[]"),
    (5, Some(2), Some(-7), Some(-3), (2, -1, -3), "[2]"),
    (5, Some(2), Some(-7), Some(-1), (2, -1, -1), "[2, 1, 0]"),
    (5, Some(2), Some(-7), Some(1), (2, 0, 1), "[]"),
    (5, Some(2), Some(-7), Some(2), (2, 0, 2), "[]"),
    (5, Some(2), Some(-1), None, (2, 4, 1), "[2, 3]"),
    (5, Some(2), Some(-1), Some(-3), (2, 4, -3), "[]"),
    (5, Some(2), Some(-1), Some(-1), (2, 4, -1), "[]"),
    (5, Some(2), Some(-1), Some(1), (2, 4, 1), "[2, 3]"),
    (5, Some(2), Some(-1), Some(2), (2, 4, 2), "[2]"),
    (5, Some(2), Some(0), None, (2, 0, 1), "[]"),
    (5, Some(2), Some(0), Some(-3), (2, 0, -3), "[2]"),
    (5, Some(2), Some(0), Some(-1), (2, 0, -1), "[2, 1]"),
    (5, Some(2), Some(0), Some(1), (2, 0, 1), "[]"),
    (5, Some(2), Some(0), Some(2), (2, 0, 2), "[]"),
    (5, Some(2), Some(2), None, (2, 2, 1), "[]"),
    (5, Some(2), Some(2), Some(-3), (2, 2, -3), "[]"),
    (5, Some(2), Some(2), Some(-1), (2, 2, -1), "[]"),
    (5, Some(2), Some(2), Some(1), (2, 2, 1), "[]"),
    (5, Some(2), Some(2), Some(2), (2, 2, 2), "[]"),
    (5, Some(2), Some(7), None, (2, 5, 1), "[2, 3, 4]"),
    (5, Some(2), Some(7), Some(-3), (2, 4, -3), "[]"),
    (5, Some(2), Some(7), Some(-1), (2, 4, -1), "[]"),
    (5, Some(2), Some(7), Some(1), (2, 5, 1), "[2, 3, 4]"),
    (5, Some(2), Some(7), Some(2), (2, 5, 2), "[2, 4]"),
    (5, Some(7), None, None, (5, 5, 1), "[]"),
    (5, Some(7), None, Some(-3), (4, -1, -3), "[4, 1]"),
    (5, Some(7), None, Some(-1), (4, -1, -1), "[4, 3, 2, 1, 0]"),
    (5, Some(7), None, Some(1), (5, 5, 1), "[]"),
    (5, Some(7), None, Some(2), (5, 5, 2), "[]"),
    (5, Some(7), Some(-7), None, (5, 0, 1), "[]"),
    (5, Some(7), Some(-7), Some(-3), (4, -1, -3), "[4, 1]"),
    (5, Some(7), Some(-7), Some(-1), (4, -1, -1), "[4, 3, 2, 1, 0]"),
    (5, Some(7), Some(-7), Some(1), (5, 0, 1), "[]"),
    (5, Some(7), Some(-7), Some(2), (5, 0, 2), "[]"),
    (5, Some(7), Some(-1), None, (5, 4, 1), "[]"),
    (5, Some(7), Some(-1), Some(-3), (4, 4, -3), "[]"),
    (5, Some(7), Some(-1), Some(-1), (4, 4, -1), "[]"),
    (5, Some(7), Some(-1), Some(1), (5, 4, 1), "[]"),
    (5, Some(7), Some(-1), Some(2), (5, 4, 2), "[]"),
    (5, Some(7), Some(0), None, (5, 0, 1), "[]"),
    (5, Some(7), Some(0), Some(-3), (4, 0, -3), "[4, 1]"),
    (5, Some(7), Some(0), Some(-1), (4, 0, -1), "[4, 3, 2, 1]"),
    (5, Some(7), Some(0), Some(1), (5, 0, 1), "[]"),
    (5, Some(7), Some(0), Some(2), (5, 0, 2), "[]"),
    (5, Some(7), Some(2), None, (5, 2, 1), "[]"),
    (5, Some(7), Some(2), Some(-3), (4, 2, -3), "[4]"),
    (5, Some(7), Some(2), Some(-1), (4, 2, -1), "[4, 3]"),
    (5, Some(7), Some(2), Some(1), (5, 2, 1), "[]"),
    (5, Some(7), Some(2), Some(2), (5, 2, 2), "[]"),
    (5, Some(7), Some(7), None, (5, 5, 1), "[]"),
    (5, Some(7), Some(7), Some(-3), (4, 4, -3), "[]"),
    (5, Some(7), Some(7), Some(-1), (4, 4, -1), "[]"),
    (5, Some(7), Some(7), Some(1), (5, 5, 1), "[]"),
    (5, Some(7), Some(7), Some(2), (5, 5, 2), "[]"),
];

#[test]
fn slice_indices_match_cpython() {
    let mut vm = vm();
    let opt = |v: Option<i64>| v.map(Value::Int).unwrap_or(Value::None);
    for &(n, a, b, c, want, items) in SLICE_CASES {
        let sl = Slice {
            start: opt(a),
            stop: opt(b),
            step: opt(c),
        };
        let got = crate::types::subscript::slice_indices(&mut vm, &sl, n).unwrap();
        assert_eq!(got, want, "indices of {a:?}:{b:?}:{c:?} on {n}");
        let l = Value::list((0..n as i64).map(Value::Int).collect());
        let v = vm.get_item(&l, &slice(opt(a), opt(b), opt(c))).unwrap();
        assert_eq!(r(&mut vm, &v), items, "{a:?}:{b:?}:{c:?} on {n}");
    }
}
