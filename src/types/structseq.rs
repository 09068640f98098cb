//! Struct sequences: CPython's named tuples written in C (`sys.version_info`,
//! `time.struct_time`, `os.stat_result`, `os.times_result`...). Each is a
//! subclass of `tuple` holding its first `n_sequence` fields; the fields
//! beyond those (`tm_zone`, `st_atime`...) are attributes only, as in
//! CPython.

use crate::error::{PyResult, type_error};
use crate::object::class::{Instance, InstancePayload};
use crate::object::{Class, Dict};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// The shape of one struct sequence type.
pub struct StructSeq {
    /// The module shown in the repr (`os`, `time`, `sys`).
    pub module: &'static str,
    pub name: &'static str,
    pub fields: &'static [&'static str],
    /// How many leading fields are tuple items.
    pub n_sequence: usize,
}

impl StructSeq {
    fn key(&self) -> Str {
        intern(&format!("<structseq {}.{}>", self.module, self.name))
    }

    /// The class, created on first use.
    pub fn class(&'static self, vm: &mut Vm) -> Rc<Class> {
        let key = self.key();
        if let Some(Value::Class(c)) = vm.native_classes.borrow().get_str(&key) {
            return c.clone();
        }
        let mut d = Dict::new();
        d.set_str(intern("__module__"), Value::str(self.module));
        d.set_str(intern("n_fields"), Value::Int(self.fields.len() as i64));
        d.set_str(
            intern("n_sequence_fields"),
            Value::Int(self.n_sequence as i64),
        );
        d.set_str(intern("n_unnamed_fields"), Value::Int(0));
        let tuple = vm.types.tuple.clone();
        let cls = crate::vm::types::new_class(intern(self.name), vec![tuple], d)
            .expect("tuple is subclassable");
        vm.add_method(&cls, "__repr__", repr);
        // A static method, as `__new__` is: the class calls it with itself.
        let new = vm.native("__new__", format!("{}.__new__", self.name), new);
        cls.dict
            .borrow_mut()
            .set_str(intern("__new__"), Value::StaticMethod(Rc::new(new)));
        vm.add_method(&cls, "__reduce__", reduce);
        vm.native_classes
            .borrow_mut()
            .set_str(key, Value::Class(cls.clone()));
        SPECS.with(|s| s.borrow_mut().push((cls.clone(), self)));
        cls
    }

    /// An instance from all its field values (missing ones are None).
    pub fn make(&'static self, vm: &mut Vm, mut values: Vec<Value>) -> Value {
        let cls = self.class(vm);
        values.resize(self.fields.len(), Value::None);
        let mut d = Dict::new();
        for (f, v) in self.fields.iter().zip(values.iter()).skip(self.n_sequence) {
            d.set_str(intern(f), v.clone());
        }
        for (f, v) in self.fields.iter().zip(values.iter()).take(self.n_sequence) {
            d.set_str(intern(f), v.clone());
        }
        values.truncate(self.n_sequence);
        Value::Instance(Rc::new(Instance {
            class: RefCell::new(cls),
            dict: Rc::new(RefCell::new(d)),
            payload: InstancePayload::Builtin(RefCell::new(Value::tuple(values))),
        }))
    }
}

thread_local! {
    /// Which spec each struct sequence class was made from.
    static SPECS: RefCell<Vec<(Rc<Class>, &'static StructSeq)>> = const { RefCell::new(Vec::new()) };
}

fn spec_of(cls: &Rc<Class>) -> Option<&'static StructSeq> {
    SPECS.with(|s| {
        let s = s.borrow();
        cls.mro
            .iter()
            .chain(std::iter::once(cls))
            .find_map(|c| s.iter().find(|(k, _)| Rc::ptr_eq(k, c)).map(|(_, sp)| *sp))
    })
}

/// The spec and field values of a struct sequence instance.
fn parts(vm: &Vm, v: &Value) -> PyResult<(&'static StructSeq, Vec<Value>)> {
    let Value::Instance(inst) = v else {
        return Err(type_error("descriptor requires a struct sequence"));
    };
    let spec = spec_of(&vm.type_of(v))
        .ok_or_else(|| type_error("descriptor requires a struct sequence"))?;
    let d = inst.dict.borrow();
    let values = spec
        .fields
        .iter()
        .map(|f| d.get_str(&intern(f)).cloned().unwrap_or(Value::None))
        .collect();
    Ok((spec, values))
}

fn repr(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let (spec, values) = parts(vm, args.first().unwrap_or(&Value::None))?;
    let mut out = format!("{}.{}(", spec.module, spec.name);
    for (i, (f, v)) in spec.fields.iter().zip(values.iter()).enumerate() {
        if i == spec.n_sequence {
            break;
        }
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(f);
        out.push('=');
        out.push_str(&vm.repr(v)?);
    }
    out.push(')');
    Ok(Value::string(out))
}

/// `T(sequence[, dict])`: the sequence gives at least `n_sequence` and at
/// most `n_fields` values; the rest may come from the dict.
fn new(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let cls = match args.first() {
        Some(Value::Class(c)) => c.clone(),
        _ => return Err(type_error("structseq.__new__(X): X is not a type object")),
    };
    let spec = spec_of(&cls).ok_or_else(|| type_error("not a struct sequence type"))?;
    let [seq_kw, dict_kw] =
        crate::builtins::args::kwargs_named("structseq", kwargs, ["sequence", "dict"])?;
    let seq = args.get(1).cloned().or(seq_kw).ok_or_else(|| {
        type_error(format!(
            "{}.{}() missing required argument 'sequence' (pos 1)",
            spec.module, spec.name
        ))
    })?;
    let dict = args.get(2).cloned().or(dict_kw);
    let items = vm.collect(&seq)?;
    let qual = format!("{}.{}", spec.module, spec.name);
    let (min, max) = (spec.n_sequence, spec.fields.len());
    if items.len() < min {
        let at = if min == max { "a" } else { "an at least" };
        return Err(type_error(format!(
            "{qual}() takes {at} {min}-sequence ({}-sequence given)",
            items.len()
        )));
    }
    if items.len() > max {
        let at = if min == max { "a" } else { "an at most" };
        return Err(type_error(format!(
            "{qual}() takes {at} {max}-sequence ({}-sequence given)",
            items.len()
        )));
    }
    let mut values = items;
    for f in &spec.fields[values.len()..] {
        let v = match &dict {
            Some(d @ Value::Dict(_)) => vm.get_item(d, &Value::str(f)).unwrap_or(Value::None),
            _ => Value::None,
        };
        values.push(v);
    }
    let obj = spec.make(vm, values);
    if let Value::Instance(inst) = &obj {
        *inst.class.borrow_mut() = cls;
    }
    Ok(obj)
}

fn reduce(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let this = args.first().cloned().unwrap_or(Value::None);
    let (spec, values) = parts(vm, &this)?;
    let seq = Value::tuple(values[..spec.n_sequence].to_vec());
    let mut extra = Dict::new();
    for (f, v) in spec.fields.iter().zip(values).skip(spec.n_sequence) {
        extra.set_str(intern(f), v);
    }
    let cls = Value::Class(vm.type_of(&this));
    Ok(Value::tuple(vec![
        cls,
        Value::tuple(vec![seq, Value::dict(extra)]),
    ]))
}
