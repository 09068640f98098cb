//! `dict.keys()`, `dict.values()` and `dict.items()`: live views of a
//! dict, as native objects with their own small classes.

use crate::error::{PyResult, type_error};
use crate::object::class::Layout;
use crate::object::iter::DictIterKind;
use crate::object::{Class, Dict, NativeObject};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum ViewKind {
    Keys,
    Values,
    Items,
}

pub struct DictView {
    pub dict: Rc<RefCell<Dict>>,
    pub kind: ViewKind,
}

impl NativeObject for DictView {
    fn type_name(&self) -> &str {
        match self.kind {
            ViewKind::Keys => "dict_keys",
            ViewKind::Values => "dict_values",
            ViewKind::Items => "dict_items",
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl DictView {
    /// What an iterator over this view yields.
    pub fn iter_kind(&self) -> DictIterKind {
        match self.kind {
            ViewKind::Keys => DictIterKind::Keys,
            ViewKind::Values => DictIterKind::Values,
            ViewKind::Items => DictIterKind::Items,
        }
    }
}

pub fn new_view(dict: &Rc<RefCell<Dict>>, kind: ViewKind) -> Value {
    Value::Object(Rc::new(DictView {
        dict: dict.clone(),
        kind,
    }))
}

/// The view's current items, cloned out of the dict.
pub fn view_items(view: &DictView) -> Vec<Value> {
    let d = view.dict.borrow();
    match view.kind {
        ViewKind::Keys => d.keys().map(|k| k.key.clone()).collect(),
        ViewKind::Values => d.values().cloned().collect(),
        ViewKind::Items => d
            .iter()
            .map(|(k, v)| Value::tuple(vec![k.key.clone(), v.clone()]))
            .collect(),
    }
}

/// `dict_keys(['a', 'b'])`.
pub fn view_repr(vm: &mut Vm, view: &DictView) -> PyResult<String> {
    let items = Value::list(view_items(view));
    Ok(format!("{}({})", view.type_name(), vm.repr(&items)?))
}

fn as_view(v: &Value) -> PyResult<&DictView> {
    match v {
        Value::Object(o) => o
            .as_any()
            .downcast_ref::<DictView>()
            .ok_or_else(|| type_error("descriptor requires a dict view")),
        _ => Err(type_error("descriptor requires a dict view")),
    }
}

fn view_len(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let view = as_view(args.first().unwrap_or(&Value::None))?;
    Ok(Value::Int(view.dict.borrow().len() as i64))
}

pub fn view_iter(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let view = as_view(args.first().unwrap_or(&Value::None))?;
    Ok(crate::types::iterators::dict_iter(
        &view.dict,
        view.iter_kind(),
        false,
    ))
}

fn view_contains(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let view = as_view(args.first().unwrap_or(&Value::None))?;
    let x = args.get(1).cloned().unwrap_or(Value::None);
    let dict = view.dict.clone();
    let found = match view.kind {
        ViewKind::Keys => vm.dict_get(&dict, &x)?.is_some(),
        ViewKind::Items => match &x {
            Value::Tuple(t) if t.len() == 2 => match vm.dict_get(&dict, &t[0])? {
                Some(v) => v.is(&t[1]) || vm.eq(&v, &t[1])?,
                None => false,
            },
            _ => false,
        },
        ViewKind::Values => {
            let items = view_items(view);
            let mut found = false;
            for v in items {
                if v.is(&x) || vm.eq(&v, &x)? {
                    found = true;
                    break;
                }
            }
            found
        }
    };
    Ok(Value::Bool(found))
}

fn view_class(vm: &Vm, name: &'static str) -> Rc<Class> {
    let object = vm.types.object.clone();
    Rc::new(Class {
        name: RefCell::new(intern(name)),
        qualname: RefCell::new(intern(name)),
        bases: vec![object.clone()],
        mro: vec![object],
        dict: RefCell::new(Dict::new()),
        layout: Layout::Builtin,
        builtin: Some(name),
        derived: Default::default(),
        instance_size: Default::default(),
        lookups: Default::default(),
    })
}

/// Creates the three view classes and registers them by type name.
pub fn register(vm: &mut Vm) {
    for name in ["dict_keys", "dict_values", "dict_items"] {
        let cls = view_class(vm, name);
        vm.add_method(&cls, "__len__", view_len);
        vm.add_method(&cls, "__iter__", view_iter);
        vm.add_method(&cls, "__contains__", view_contains);
        if name != "dict_values" {
            vm.add_method(&cls, "__eq__", view_eq);
        }
        vm.native_classes
            .borrow_mut()
            .set_str(intern(name), Value::Class(cls));
    }
}

/// A keys or items view (set-like), if `v` is one.
fn set_like_view(v: &Value) -> Option<&DictView> {
    match v {
        Value::Object(o) => o
            .as_any()
            .downcast_ref::<DictView>()
            .filter(|view| view.kind != ViewKind::Values),
        _ => None,
    }
}

/// An operand of a view set operation as a set: views and iterables are
/// collected; `None` when it is not iterable.
fn operand_set(vm: &mut Vm, v: &Value) -> PyResult<Option<Value>> {
    if let Some(view) = set_like_view(v) {
        let items = view_items(view);
        return vm.new_set(items).map(Some);
    }
    match v {
        Value::Set(_) | Value::FrozenSet(_) => Ok(Some(v.clone())),
        _ => {
            let Ok(it) = vm.get_iter(v) else {
                return Ok(None);
            };
            let mut items = Vec::new();
            while let Some(x) = vm.iter_next(&it)? {
                items.push(x);
            }
            vm.new_set(items).map(Some)
        }
    }
}

/// `keys & other`, `|`, `-`, `^`: set operations giving a new set, as
/// CPython's `dictviews_and` and friends do.
pub fn view_binop(
    vm: &mut Vm,
    a: &Value,
    b: &Value,
    op: crate::ast::BinOp,
) -> PyResult<Option<Value>> {
    use crate::ast::BinOp;
    if !matches!(
        op,
        BinOp::BitAnd | BinOp::BitOr | BinOp::Sub | BinOp::BitXor
    ) {
        return Ok(None);
    }
    if set_like_view(a).is_none() && set_like_view(b).is_none() {
        return Ok(None);
    }
    let (Some(x), Some(y)) = (operand_set(vm, a)?, operand_set(vm, b)?) else {
        return Ok(None);
    };
    let data = crate::types::seq_ops::set_op(vm, &x, &y, op)?;
    Ok(Some(Value::Set(Rc::new(RefCell::new(data)))))
}

/// `keys == other`: set equality with sets and other set-like views.
fn view_eq(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let (Some(a), Some(b)) = (args.first(), args.get(1)) else {
        return Err(type_error("expected 1 argument"));
    };
    let other_is_setlike =
        matches!(b, Value::Set(_) | Value::FrozenSet(_)) || set_like_view(b).is_some();
    if !other_is_setlike {
        return Ok(Value::NotImplemented);
    }
    let (Some(x), Some(y)) = (operand_set(vm, a)?, operand_set(vm, b)?) else {
        return Ok(Value::NotImplemented);
    };
    Ok(Value::Bool(vm.eq(&x, &y)?))
}
