//! The Python classes over a `Block`: the raw ctypes objects (`c_int`,
//! `c_int_Array_10`, ...) and CPython's wrappers that take a lock around
//! every access (`Synchronized`, `SynchronizedArray`,
//! `SynchronizedString`). All are ordinary instances so that `.value`
//! assignment goes through a property; the block hides in the dict.

use super::block::Block;
use super::ctype::CType;
use crate::error::{PyResult, attribute_error, type_error};
use crate::multiprocessing::synchronize::SemLock;
use crate::object::{Class, Dict, NativeFn, Property};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use std::rc::Rc;

const BLOCK: &str = "_sharedctypes__block";

thread_local! {
    /// The dict keys read on every access, interned once.
    static KEYS: [Str; 2] = [intern(BLOCK), intern("_lock")];
}

fn key(i: usize) -> Str {
    KEYS.with(|k| k[i].clone())
}
const MODULE: &str = "multiprocessing.sharedctypes";

/// The block behind a raw object or a wrapper.
pub fn block_of(v: &Value) -> PyResult<Rc<dyn crate::object::NativeObject>> {
    if let Value::Instance(inst) = v
        && let Some(Value::Object(o)) = inst.dict.borrow().get_str(&key(0))
    {
        return Ok(o.clone());
    }
    Err(type_error("expected a multiprocessing.sharedctypes object"))
}

fn with_block<T>(v: &Value, f: impl FnOnce(&Block) -> T) -> PyResult<T> {
    let o = block_of(v)?;
    let b = o
        .as_any()
        .downcast_ref::<Block>()
        .ok_or_else(|| type_error("corrupt shared block"))?;
    Ok(f(b))
}

fn class(vm: &mut Vm, key: &str, make: impl FnOnce(&mut Vm) -> Rc<Class>) -> Rc<Class> {
    let k = intern(&format!("sharedctypes:{key}"));
    if let Some(Value::Class(c)) = vm.native_classes.borrow().get_str(&k) {
        return c.clone();
    }
    let c = make(vm);
    vm.native_classes
        .borrow_mut()
        .set_str(k, Value::Class(c.clone()));
    c
}

fn new_class(
    vm: &mut Vm,
    name: &str,
    module: &str,
    bases: Vec<Rc<Class>>,
    methods: &[(&'static str, NativeFn)],
    props: &[(&'static str, NativeFn, Option<NativeFn>)],
) -> Rc<Class> {
    let mut dict = Dict::new();
    dict.set_str(intern("__module__"), Value::str(module));
    let bases = if bases.is_empty() {
        vec![vm.types.object.clone()]
    } else {
        bases
    };
    let cls = crate::vm::types::new_class(intern(name), bases, dict).expect("a plain class");
    for (n, f) in methods {
        vm.add_method(&cls, n, *f);
    }
    for (n, get, set) in props {
        let prop = Property {
            fget: vm.native(n, format!("{name}.{n}"), *get),
            fset: match set {
                Some(s) => vm.native(n, format!("{name}.{n}"), *s),
                None => Value::None,
            },
            fdel: Value::None,
            doc: Value::None,
        };
        cls.dict
            .borrow_mut()
            .set_str(intern(n), Value::Property(Rc::new(prop)));
    }
    cls
}

fn instance(vm: &mut Vm, cls: &Rc<Class>, attrs: Vec<(&str, Value)>) -> Value {
    let v = vm.new_instance(cls);
    if let Value::Instance(inst) = &v {
        let mut d = inst.dict.borrow_mut();
        for (k, x) in attrs {
            d.set_str(intern(k), x);
        }
    }
    v
}

/// A raw `c_int(...)`-like object (scalar) or `c_int_Array_N` (array).
pub fn raw(vm: &mut Vm, block: Block, array: bool) -> Value {
    let (ctype, len) = (block.ctype, block.len);
    let cls = if array {
        array_class(vm, ctype, len)
    } else {
        class(vm, ctype.name(), |vm| {
            new_class(
                vm,
                ctype.name(),
                "ctypes",
                vec![],
                &[("__repr__", scalar_repr)],
                &[("value", scalar_get, Some(scalar_set))],
            )
        })
    };
    let o: Rc<dyn crate::object::NativeObject> = Rc::new(block);
    instance(vm, &cls, vec![(BLOCK, Value::Object(o))])
}

fn array_class(vm: &mut Vm, ctype: CType, len: usize) -> Rc<Class> {
    let name = format!("{}_Array_{len}", ctype.name());
    class(vm, &name.clone(), |vm| {
        let methods: &[(&'static str, NativeFn)] = &[
            ("__len__", array_len),
            ("__getitem__", array_getitem),
            ("__setitem__", array_setitem),
            ("__iter__", array_iter),
        ];
        let props: &[(&'static str, NativeFn, Option<NativeFn>)] = match ctype {
            CType::Char => &[
                ("value", chars_value, Some(chars_set_value)),
                ("raw", chars_raw, Some(chars_set_raw)),
            ],
            CType::WChar => &[("value", wchars_value, Some(wchars_set_value))],
            _ => &[],
        };
        new_class(vm, &name, MODULE, vec![], methods, props)
    })
}

/// CPython's `synchronized(obj, lock)`: the wrapper for a raw object.
pub fn synchronized(vm: &mut Vm, obj: Value, lock: Value, array: bool) -> PyResult<Value> {
    let block = block_of(&obj)?;
    let is_chars = with_block(&obj, |b| b.ctype == CType::Char)?;
    let cls = match (array, is_chars) {
        (false, _) => class(vm, "Synchronized", |vm| {
            new_class(
                vm,
                "Synchronized",
                MODULE,
                vec![],
                WRAPPER_METHODS,
                &[("value", scalar_get, Some(sync_set_value))],
            )
        }),
        (true, false) => sync_array_class(vm),
        (true, true) => {
            let base = sync_array_class(vm);
            class(vm, "SynchronizedString", |vm| {
                new_class(
                    vm,
                    "SynchronizedString",
                    MODULE,
                    vec![base],
                    &[],
                    &[
                        ("value", chars_value, Some(sync_chars_set_value)),
                        ("raw", chars_raw, Some(sync_chars_set_raw)),
                    ],
                )
            })
        }
    };
    let acquire = vm.get_attr(&lock, &intern("acquire"))?;
    let release = vm.get_attr(&lock, &intern("release"))?;
    Ok(instance(
        vm,
        &cls,
        vec![
            ("_obj", obj),
            ("_lock", lock),
            ("acquire", acquire),
            ("release", release),
            (BLOCK, Value::Object(block)),
        ],
    ))
}

fn sync_array_class(vm: &mut Vm) -> Rc<Class> {
    class(vm, "SynchronizedArray", |vm| {
        let mut methods = WRAPPER_METHODS.to_vec();
        methods.extend_from_slice(&[
            ("__len__", array_len as NativeFn),
            ("__getitem__", sync_getitem),
            ("__setitem__", sync_setitem),
            ("__iter__", array_iter),
        ]);
        new_class(vm, "SynchronizedArray", MODULE, vec![], &methods, &[])
    })
}

const WRAPPER_METHODS: &[(&str, NativeFn)] = &[
    ("get_lock", get_lock),
    ("get_obj", get_obj),
    ("__enter__", enter),
    ("__exit__", exit),
    ("__repr__", sync_repr),
];

fn attr(v: &Value, name: &str) -> PyResult<Value> {
    let k = if name == "_lock" {
        key(1)
    } else {
        intern(name)
    };
    if let Value::Instance(inst) = v
        && let Some(x) = inst.dict.borrow().get_str(&k)
    {
        return Ok(x.clone());
    }
    Err(attribute_error(format!("object has no attribute '{name}'")))
}

fn this(args: &[Value]) -> &Value {
    args.first().unwrap_or(&Value::None)
}

/// Runs `f` holding the wrapper's lock, as every wrapper access does.
fn locked<T>(vm: &mut Vm, wrapper: &Value, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
    let lock = attr(wrapper, "_lock")?;
    if let Value::Object(o) = &lock
        && let Some(l) = o.as_any().downcast_ref::<SemLock>()
    {
        l.acquire(vm, never())?;
        let r = f(vm);
        l.release()?;
        return r;
    }
    let acquire = vm.get_attr(&lock, &intern("acquire"))?;
    vm.call(&acquire, vec![], vec![])?;
    let r = f(vm);
    let release = vm.get_attr(&lock, &intern("release"))?;
    vm.call(&release, vec![], vec![])?;
    r
}

fn never() -> crate::multiprocessing::synchronize::Deadline {
    crate::multiprocessing::synchronize::Deadline::never()
}

fn scalar_get(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    with_block(this(args), |b| b.get(0))
}

fn scalar_set(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let o = block_of(this(args))?;
    let b = o.as_any().downcast_ref::<Block>().expect("a block");
    b.set(vm, 0, args.get(1).unwrap_or(&Value::None))?;
    Ok(Value::None)
}

fn sync_set_value(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    locked(vm, this(args), |vm| scalar_set(vm, args, kw))
}

fn scalar_repr(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let (name, v) = with_block(this(args), |b| (b.ctype.name(), b.get(0)))?;
    let r = vm.repr(&v)?;
    Ok(Value::string(format!("{name}({r})")))
}

fn array_len(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    with_block(this(args), |b| Value::Int(b.len as i64))
}

fn array_getitem(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let o = block_of(this(args))?;
    let b = o.as_any().downcast_ref::<Block>().expect("a block");
    b.subscript(vm, args.get(1).unwrap_or(&Value::None))
}

fn array_setitem(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let o = block_of(this(args))?;
    let b = o.as_any().downcast_ref::<Block>().expect("a block");
    let none = Value::None;
    b.assign(
        vm,
        args.get(1).unwrap_or(&none),
        args.get(2).unwrap_or(&none),
    )?;
    Ok(Value::None)
}

fn array_iter(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let items = with_block(this(args), |b| (0..b.len).map(|i| b.get(i)).collect())?;
    let list = Value::list(items);
    vm.get_iter(&list)
}

fn sync_getitem(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    locked(vm, this(args), |vm| array_getitem(vm, args, kw))
}

fn sync_setitem(vm: &mut Vm, args: &[Value], kw: &[(Str, Value)]) -> PyResult<Value> {
    locked(vm, this(args), |vm| array_setitem(vm, args, kw))
}

fn chars_value(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    with_block(this(args), |b| b.char_value())
}

fn chars_raw(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    with_block(this(args), |b| b.items(0..b.len))
}

fn set_chars(vm: &mut Vm, args: &[Value], terminate: bool) -> PyResult<Value> {
    let o = block_of(this(args))?;
    let b = o.as_any().downcast_ref::<Block>().expect("a block");
    b.set_chars(vm, args.get(1).unwrap_or(&Value::None), terminate)?;
    Ok(Value::None)
}

fn chars_set_value(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    set_chars(vm, args, true)
}

fn chars_set_raw(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    set_chars(vm, args, false)
}

fn sync_chars_set_value(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    locked(vm, this(args), |vm| set_chars(vm, args, true))
}

fn sync_chars_set_raw(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    locked(vm, this(args), |vm| set_chars(vm, args, false))
}

fn wchars_value(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    with_block(this(args), |b| b.wchar_value())
}

fn wchars_set_value(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let o = block_of(this(args))?;
    let b = o.as_any().downcast_ref::<Block>().expect("a block");
    let Some(Value::Str(s)) = args.get(1) else {
        let t = vm.type_name(args.get(1).unwrap_or(&Value::None));
        return Err(type_error(format!(
            "unicode string expected instead of {t} instance"
        )));
    };
    let chars: Vec<char> = s.as_str().chars().collect();
    if chars.len() > b.len {
        return Err(crate::error::value_error("string too long"));
    }
    for (i, c) in chars.iter().enumerate() {
        b.set(vm, i, &Value::string(c.to_string()))?;
    }
    if chars.len() < b.len {
        b.set(vm, chars.len(), &Value::str("\0"))?;
    }
    Ok(Value::None)
}

fn get_lock(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    attr(this(args), "_lock")
}

fn get_obj(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    attr(this(args), "_obj")
}

fn enter(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let lock = attr(this(args), "_lock")?;
    let f = vm.get_attr(&lock, &intern("__enter__"))?;
    vm.call(&f, vec![], vec![])
}

fn exit(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let lock = attr(this(args), "_lock")?;
    let f = vm.get_attr(&lock, &intern("__exit__"))?;
    vm.call(&f, args[1..].to_vec(), vec![])
}

fn sync_repr(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let me = this(args);
    let obj = attr(me, "_obj")?;
    let name = vm.type_of(me).name().to_string();
    let r = vm.repr(&obj)?;
    Ok(Value::string(format!("<{name} wrapper for {r}>")))
}
