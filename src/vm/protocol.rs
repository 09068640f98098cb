//! The object protocols every type takes part in: type, truth, repr/str,
//! hashing, equality, length, items, iteration and containers.

use super::Vm;
use crate::error::{ExcKind, PyErr, PyResult, index_error, type_error};
use crate::object::{Class, Dict, IterState, SetData};
use crate::value::{Str, Value};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cell::RefCell;
use std::rc::Rc;

/// CPython's modulus for numeric hashes: 2**61 - 1.
const HASH_MODULUS: u64 = (1 << 61) - 1;

impl Vm {
    /// The class of any value.
    pub fn type_of(&self, v: &Value) -> Rc<Class> {
        let t = &self.types;
        match v {
            Value::Null | Value::None => t.none.clone(),
            Value::NotImplemented => t.notimplemented.clone(),
            Value::Ellipsis => t.ellipsis.clone(),
            Value::Bool(_) => t.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => t.int.clone(),
            Value::Float(_) => t.float.clone(),
            Value::Str(_) => t.str_.clone(),
            Value::Bytes(_) => t.bytes.clone(),
            Value::ByteArray(_) => t.bytearray.clone(),
            Value::Tuple(_) => t.tuple.clone(),
            Value::List(_) => t.list.clone(),
            Value::Dict(_) => t.dict.clone(),
            Value::Set(_) => t.set.clone(),
            Value::FrozenSet(_) => t.frozenset.clone(),
            Value::Range(_) => t.range.clone(),
            Value::Slice(_) => t.slice.clone(),
            Value::Function(_) => t.function.clone(),
            Value::Native(_) => t.builtin_function.clone(),
            // Built-in methods bound to their receiver (`[].append`) are
            // `builtin_function_or_method`, as in CPython.
            Value::BoundMethod(m) if matches!(m.func, Value::Native(_)) => {
                t.builtin_function.clone()
            }
            Value::BoundMethod(_) => t.method.clone(),
            Value::Class(_) => t.type_.clone(),
            Value::Instance(i) => i.class.borrow().clone(),
            Value::Module(_) => t.module.clone(),
            Value::Generator(_) => t.generator.clone(),
            Value::Iter(it) => match it.try_borrow() {
                Ok(state) => self.iter_class(iter_type_name(&state)),
                Err(_) => t.iterator.clone(),
            },
            Value::Property(_) => t.property.clone(),
            Value::StaticMethod(_) => t.staticmethod.clone(),
            Value::ClassMethod(_) => t.classmethod.clone(),
            Value::Code(_) => t.code.clone(),
            Value::Cell(_) => t.cell.clone(),
            Value::Object(o) => self.native_class(o.class_key()),
        }
    }

    /// The class of one kind of built-in iterator (`list_iterator`,
    /// `filter`, ...): a subclass of the generic iterator class, made on
    /// first use.
    pub fn iter_class(&self, name: &'static str) -> Rc<Class> {
        if name == "iterator" {
            return self.types.iterator.clone();
        }
        let key = crate::value::intern(&format!("<iterator>{name}"));
        if let Some(Value::Class(c)) = self.native_classes.borrow().get_str(&key) {
            return c.clone();
        }
        let cls = crate::vm::types::builtin_class(
            name,
            vec![self.types.iterator.clone()],
            crate::object::class::Layout::Builtin,
        );
        self.native_classes
            .borrow_mut()
            .set_str(key, Value::Class(cls.clone()));
        cls
    }

    /// The class registered for a native object type name.
    pub fn native_class(&self, name: &str) -> Rc<Class> {
        let key = crate::value::intern(name);
        match self.native_classes.borrow().get_str(&key) {
            Some(Value::Class(c)) => c.clone(),
            _ => self.types.object.clone(),
        }
    }

    pub fn type_name(&self, v: &Value) -> String {
        match v {
            Value::Iter(it) => iter_type_name(&it.borrow()).to_string(),
            _ => self.type_of(v).name(),
        }
    }

    pub fn isinstance(&self, v: &Value, cls: &Rc<Class>) -> bool {
        self.type_of(v).is_subclass(cls)
    }

    /// Calls a special method found on the type, if there is one.
    pub fn call_special(
        &mut self,
        v: &Value,
        name: &Str,
        args: Vec<Value>,
    ) -> PyResult<Option<Value>> {
        let cls = self.type_of(v);
        match cls.lookup(name) {
            Some(m) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(v.clone());
                full.extend(args);
                Ok(Some(self.call(&m, full, vec![])?))
            }
            None => Ok(None),
        }
    }

    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::Null | Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.as_str().is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::ByteArray(b) => !b.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Dict(d) => !d.borrow().is_empty(),
            Value::Set(s) => !s.borrow().is_empty(),
            Value::FrozenSet(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Instance(_) | Value::Object(_) => {
                if let Some(inner) = crate::object::class::builtin_payload(v) {
                    let cls = self.type_of(v);
                    let native_or_none =
                        |m: Option<Value>| matches!(m, Some(Value::Native(_)) | None);
                    if native_or_none(cls.lookup(&self.names.bool_))
                        && native_or_none(cls.lookup(&self.names.len))
                    {
                        return self.truthy(&inner);
                    }
                }
                let bool_name = self.names.bool_.clone();
                if let Some(r) = self.call_special(v, &bool_name, vec![])? {
                    return match r {
                        Value::Bool(b) => Ok(b),
                        other => Err(type_error(format!(
                            "__bool__ should return bool, returned {}",
                            self.type_name(&other)
                        ))),
                    };
                }
                let len_name = self.names.len.clone();
                if let Some(r) = self.call_special(v, &len_name, vec![])? {
                    return Ok(self.index_value(&r)? != 0);
                }
                true
            }
            _ => true,
        })
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        crate::types::repr::repr(self, v)
    }

    /// `str(v)`.
    pub fn to_str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.as_str().to_string()),
            Value::Instance(_) | Value::Object(_) => {
                let name = self.names.str_.clone();
                let cls = self.type_of(v);
                // A native `__str__` counts unless it is a built-in type's
                // own (whose str is handled below).
                let custom = cls.lookup(&name).filter(|m| {
                    !matches!(m, Value::Native(_))
                        || cls.lookup_owner(&name).is_some_and(|o| o.builtin.is_none())
                });
                match custom {
                    Some(m) => {
                        let r = self.call(&m, vec![v.clone()], vec![])?;
                        match r {
                            Value::Str(s) => Ok(s.as_str().to_string()),
                            other => Err(type_error(format!(
                                "__str__ returned non-string (type {})",
                                self.type_name(&other)
                            ))),
                        }
                    }
                    _ => {
                        if cls.layout == crate::object::class::Layout::Exception {
                            return crate::types::exceptions::exception_str(self, v);
                        }
                        // str() of a str subclass instance is the wrapped
                        // str; other types' str is their repr.
                        if let Some(Value::Str(s)) = crate::object::class::builtin_payload(v) {
                            return Ok(s.as_str().to_string());
                        }
                        self.repr(v)
                    }
                }
            }
            _ => self.repr(v),
        }
    }

    /// `hash(v)`, CPython-compatible for numbers.
    pub fn hash(&mut self, v: &Value) -> PyResult<u64> {
        Ok(match v {
            Value::Str(s) => s.hash(),
            Value::Int(i) => hash_i64(*i),
            Value::Bool(b) => *b as u64,
            Value::BigInt(b) => hash_bigint(b),
            Value::Float(f) => hash_float(*f),
            Value::None => 0xFCA86420,
            Value::Bytes(b) => {
                let mut h: u64 = 0xcbf29ce484222325;
                for &x in b.iter() {
                    h ^= x as u64;
                    h = h.wrapping_mul(0x100000001b3);
                }
                (h >> 2).max(2)
            }
            Value::Tuple(t) => {
                // CPython's xxHash-based tuple hash.
                let mut acc: u64 = 0x27D4EB2F165667C5;
                for item in t.iter() {
                    let h = self.hash(item)?;
                    acc = acc.wrapping_add(h.wrapping_mul(0xC2B2AE3D27D4EB4F));
                    acc = acc.rotate_left(31);
                    acc = acc.wrapping_mul(0x9E3779B185EBCA87);
                }
                acc = acc.wrapping_add((t.len() as u64) ^ (0x27D4EB2F165667C5 ^ 3527539));
                if acc == u64::MAX { 1546275796 } else { acc }
            }
            Value::FrozenSet(s) => {
                let mut h: u64 = 1927868237u64.wrapping_mul(s.len() as u64 + 1);
                for k in s.map.keys() {
                    let x = k.hash;
                    h ^= (x ^ (x << 16) ^ 89869747).wrapping_mul(3644798167);
                }
                h.wrapping_mul(69069).wrapping_add(907133923)
            }
            // Equal ranges hash alike: CPython hashes (len, start, step),
            // with start and step ignored where they cannot matter.
            Value::Range(r) => {
                let len = r.len();
                let key = Value::tuple(vec![
                    Value::Int(len),
                    if len == 0 {
                        Value::None
                    } else {
                        Value::Int(r.start)
                    },
                    if len <= 1 {
                        Value::None
                    } else {
                        Value::Int(r.step)
                    },
                ]);
                return self.hash(&key);
            }
            Value::Slice(_) => {
                return Err(type_error("unhashable type: 'slice'"));
            }
            Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::ByteArray(_) => {
                return Err(type_error(format!(
                    "unhashable type: '{}'",
                    self.type_name(v)
                )));
            }
            Value::Instance(_) => {
                let cls = self.type_of(v);
                let hash_name = self.names.hash.clone();
                match cls.lookup(&hash_name) {
                    Some(Value::None) => {
                        return Err(type_error(format!("unhashable type: '{}'", cls.name())));
                    }
                    Some(m) if !matches!(m, Value::Native(_)) => {
                        let r = self.call(&m, vec![v.clone()], vec![])?;
                        match r {
                            Value::Int(i) => hash_i64(i),
                            Value::BigInt(b) => hash_bigint(&b),
                            Value::Bool(b) => b as u64,
                            _ => {
                                return Err(type_error("__hash__ method should return an integer"));
                            }
                        }
                    }
                    // A class defining __eq__ without __hash__ got
                    // `__hash__ = None` when it was created (above).
                    _ => match crate::object::class::builtin_payload(v) {
                        Some(inner) => return self.hash(&inner),
                        None => identity_hash(v),
                    },
                }
            }
            // Consistent with bound-method equality: same function, same
            // receiver (by identity).
            Value::BoundMethod(m) => {
                let fh = self.hash(&m.func)?;
                identity_hash(&m.receiver) ^ fh
            }
            _ => identity_hash(v),
        })
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = crate::object::dict::fast_eq(a, b) {
            // fast_eq is exact for built-in values; containers recurse below.
            // Mutable sets and native objects (views with __eq__) are not
            // decided by fast_eq either.
            if !matches!(
                a,
                Value::List(_)
                    | Value::Dict(_)
                    | Value::Tuple(_)
                    | Value::Set(_)
                    | Value::Object(_)
            ) && !matches!(b, Value::Set(_) | Value::Object(_))
            {
                return Ok(r);
            }
        }
        let r = self.compare(a, b, crate::ast::CmpOp::Eq)?;
        self.truthy(&r)
    }

    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => s.char_len(),
            Value::Bytes(b) => b.len(),
            Value::ByteArray(b) => b.borrow().len(),
            Value::Tuple(t) => t.len(),
            Value::List(l) => l.borrow().len(),
            Value::Dict(d) => d.borrow().len(),
            Value::Set(s) => s.borrow().len(),
            Value::FrozenSet(s) => s.len(),
            Value::Range(r) => r.len() as usize,
            _ => {
                let name = self.names.len.clone();
                match self.call_special(v, &name, vec![])? {
                    Some(r) => {
                        // CPython: a huge length overflows (a negative one
                        // is just "< 0"), unlike a huge subscript.
                        let n = match &r {
                            Value::BigInt(b) if !b.is_negative() => {
                                return Err(PyErr::new(
                                    ExcKind::OverflowError,
                                    "cannot fit 'int' into an index-sized integer",
                                ));
                            }
                            Value::BigInt(_) => -1,
                            _ => self.index_value(&r)?,
                        };
                        if n < 0 {
                            return Err(PyErr::new(
                                ExcKind::ValueError,
                                "__len__() should return >= 0",
                            ));
                        }
                        n as usize
                    }
                    None => {
                        return Err(type_error(format!(
                            "object of type '{}' has no len()",
                            self.type_name(v)
                        )));
                    }
                }
            }
        })
    }

    /// An integer from a value usable as an index (int, bool, `__index__`).
    pub fn index_value(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(*i),
            Value::Bool(b) => Ok(*b as i64),
            Value::BigInt(_) => Err(PyErr::new(
                ExcKind::IndexError,
                "cannot fit 'int' into an index-sized integer",
            )),
            Value::Instance(_) => {
                let name = self.names.index.clone();
                match self.call_special(v, &name, vec![])? {
                    Some(r) => self.index_value(&r),
                    None => Err(type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        self.type_name(v)
                    ))),
                }
            }
            _ => Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(v)
            ))),
        }
    }

    /// `container[key]`.
    pub fn get_item(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        match (container, key) {
            (Value::List(l), Value::Int(i)) => {
                let l = l.borrow();
                match norm_index(*i, l.len()) {
                    Some(i) => Ok(l[i].clone()),
                    None => Err(index_error("list index out of range")),
                }
            }
            (Value::Tuple(t), Value::Int(i)) => match norm_index(*i, t.len()) {
                Some(i) => Ok(t[i].clone()),
                None => Err(index_error("tuple index out of range")),
            },
            (Value::Dict(d), _) => {
                let d = d.clone();
                match self.dict_get(&d, key)? {
                    Some(v) => Ok(v),
                    None => Err(PyErr::with_args(ExcKind::KeyError, vec![key.clone()])),
                }
            }
            _ => crate::types::subscript::get_item(self, container, key),
        }
    }

    pub fn set_item(&mut self, container: &Value, key: Value, value: Value) -> PyResult<()> {
        match (container, &key) {
            (Value::List(l), Value::Int(i)) => {
                let mut l = l.borrow_mut();
                let len = l.len();
                match norm_index(*i, len) {
                    Some(i) => {
                        l[i] = value;
                        Ok(())
                    }
                    None => Err(index_error("list assignment index out of range")),
                }
            }
            (Value::Dict(d), _) => {
                let d = d.clone();
                self.dict_set_item(&d, key, value)
            }
            _ => crate::types::subscript::set_item(self, container, key, value),
        }
    }

    pub fn del_item(&mut self, container: &Value, key: &Value) -> PyResult<()> {
        match container {
            Value::Dict(d) => {
                let d = d.clone();
                match self.dict_remove(&d, key)? {
                    Some(_) => Ok(()),
                    None => Err(PyErr::with_args(ExcKind::KeyError, vec![key.clone()])),
                }
            }
            _ => crate::types::subscript::del_item(self, container, key),
        }
    }

    // ---- dicts ----

    /// Lookup in a dict, running `__eq__` only when a same-hash key needs it.
    pub fn dict_get(&mut self, d: &Rc<RefCell<Dict>>, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        match self.dict_index(d, key, hash)? {
            Some(i) => Ok(d.borrow().get_index(i).map(|(_, v)| v.clone())),
            None => Ok(None),
        }
    }

    fn dict_index(
        &mut self,
        d: &Rc<RefCell<Dict>>,
        key: &Value,
        hash: u64,
    ) -> PyResult<Option<usize>> {
        let fast = d.borrow().index_fast(key, hash);
        match fast {
            Ok(r) => Ok(r),
            Err(crate::object::dict::NeedsEq) => {
                let candidates = d.borrow().candidates(hash);
                for i in candidates {
                    let k = match d.borrow().get_index(i) {
                        Some((k, _)) => k.key.clone(),
                        None => continue,
                    };
                    if self.eq(&k, key)? {
                        return Ok(Some(i));
                    }
                }
                Ok(None)
            }
        }
    }

    pub fn dict_set_item(
        &mut self,
        d: &Rc<RefCell<Dict>>,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        let hash = self.hash(&key)?;
        let fast = d.borrow_mut().set_fast(key, hash, value);
        let (key, value) = match fast {
            Ok(old) => {
                drop(old);
                return Ok(());
            }
            Err(pair) => pair,
        };
        match self.dict_index(d, &key, hash)? {
            Some(i) => {
                if let Some((_, slot)) = d.borrow_mut().get_index_mut(i) {
                    *slot = value;
                }
            }
            None => d.borrow_mut().insert_new(key, hash, value),
        }
        Ok(())
    }

    /// Insert into a dict not yet shared (building displays).
    pub fn dict_set(&mut self, d: &mut Dict, key: Value, value: Value) -> PyResult<()> {
        let hash = self.hash(&key)?;
        match d.index_fast(&key, hash) {
            Ok(Some(i)) => {
                if let Some((_, slot)) = d.get_index_mut(i) {
                    *slot = value;
                }
                Ok(())
            }
            Ok(None) => {
                d.insert_new(key, hash, value);
                Ok(())
            }
            Err(crate::object::dict::NeedsEq) => {
                let shared = Rc::new(RefCell::new(std::mem::take(d)));
                let r = self.dict_set_item(&shared, key, value);
                *d = std::mem::take(&mut *shared.borrow_mut());
                r
            }
        }
    }

    pub fn dict_remove(&mut self, d: &Rc<RefCell<Dict>>, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        match self.dict_index(d, key, hash)? {
            Some(i) => Ok(d.borrow_mut().remove_index(i).map(|(_, v)| v)),
            None => Ok(None),
        }
    }

    /// `{**m}` and `f(**m)`: copies a mapping's items into a dict.
    pub fn dict_update_from(
        &mut self,
        target: &Value,
        mapping: &Value,
        func: Option<&Value>,
    ) -> PyResult<()> {
        let Value::Dict(target) = target else {
            return Ok(());
        };
        let items: Vec<(Value, Value)> = match mapping {
            Value::Dict(m) => m
                .borrow()
                .iter()
                .map(|(k, v)| (k.key.clone(), v.clone()))
                .collect(),
            _ => {
                let keys_name = crate::value::intern("keys");
                let keys = match self.get_attr(mapping, &keys_name) {
                    Ok(k) => k,
                    Err(_) => {
                        return Err(type_error(match func {
                            Some(f) => format!(
                                "{}() argument after ** must be a mapping, not {}",
                                self.callable_name(f),
                                self.type_name(mapping)
                            ),
                            None => {
                                format!("'{}' object is not a mapping", self.type_name(mapping))
                            }
                        }));
                    }
                };
                let keys = self.call(&keys, vec![], vec![])?;
                let mut out = Vec::new();
                for k in self.collect(&keys)? {
                    let v = self.get_item(mapping, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in items {
            if let Some(f) = func {
                if !matches!(k, Value::Str(_)) {
                    return Err(type_error(format!(
                        "{}() keywords must be strings",
                        self.callable_name(f)
                    )));
                }
                if self.dict_get(target, &k)?.is_some() {
                    return Err(type_error(format!(
                        "{}() got multiple values for keyword argument '{}'",
                        self.callable_name(f),
                        self.to_str(&k)?
                    )));
                }
            }
            self.dict_set_item(target, k, v)?;
        }
        Ok(())
    }

    /// The name CPython uses for a callable in argument errors.
    pub fn callable_name(&self, f: &Value) -> String {
        match f {
            Value::Function(f) => f.qualname.borrow().as_str().to_string(),
            Value::Native(n) => n.qualname.clone(),
            Value::BoundMethod(m) => self.callable_name(&m.func),
            Value::Class(c) => c.name(),
            other => self.type_name(other),
        }
    }

    // ---- sets ----

    pub fn new_set(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let mut s = SetData::new();
        for v in items {
            self.set_data_add(&mut s, v)?;
        }
        Ok(Value::Set(Rc::new(RefCell::new(s))))
    }

    pub fn set_data_add(&mut self, s: &mut SetData, v: Value) -> PyResult<()> {
        let hash = self.hash(&v)?;
        if self.set_data_find(s, &v, hash)?.is_none() {
            s.map.insert(crate::object::HashKey { hash, key: v }, ());
        }
        Ok(())
    }

    pub fn set_data_find(&mut self, s: &SetData, v: &Value, hash: u64) -> PyResult<Option<usize>> {
        use indexmap::map::RawEntryApiV1;
        let mut undecided = false;
        let found = s
            .map
            .raw_entry_v1()
            .index_from_hash(crate::object::dict::spread(hash), |k| {
                if k.hash != hash {
                    return false;
                }
                match crate::object::dict::fast_eq(&k.key, v) {
                    Some(b) => b,
                    None => {
                        undecided = true;
                        false
                    }
                }
            });
        if found.is_some() || !undecided {
            return Ok(found);
        }
        let candidates: Vec<(usize, Value)> = s
            .map
            .keys()
            .enumerate()
            .filter(|(_, k)| k.hash == hash)
            .map(|(i, k)| (i, k.key.clone()))
            .collect();
        for (i, k) in candidates {
            if self.eq(&k, v)? {
                return Ok(Some(i));
            }
        }
        Ok(None)
    }

    pub fn set_add(&mut self, set: &Value, v: Value) -> PyResult<()> {
        if let Value::Set(s) = set {
            let mut data = std::mem::take(&mut *s.borrow_mut());
            let r = self.set_data_add(&mut data, v);
            *s.borrow_mut() = data;
            return r;
        }
        Ok(())
    }

    pub fn set_contains(&mut self, s: &SetData, v: &Value) -> PyResult<bool> {
        let hash = match v {
            Value::Set(inner) => {
                // A set is looked up as the equal frozenset, as CPython does.
                let fs = Value::FrozenSet(Rc::new(inner.borrow().clone()));
                self.hash(&fs)?
            }
            _ => self.hash(v)?,
        };
        Ok(self.set_data_find(s, v, hash)?.is_some())
    }

    // ---- iteration ----

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        let state = match v {
            Value::List(_) | Value::Tuple(_) => IterState::Seq {
                seq: v.clone(),
                index: 0,
            },
            Value::Range(r) => IterState::Range {
                next: r.start,
                stop: r.stop,
                step: r.step,
            },
            Value::Str(s) => IterState::Str {
                s: s.clone(),
                byte_pos: 0,
            },
            Value::Bytes(_) | Value::ByteArray(_) => IterState::Bytes {
                b: v.clone(),
                index: 0,
            },
            Value::Dict(d) => {
                return Ok(crate::types::iterators::dict_iter(
                    d,
                    crate::object::iter::DictIterKind::Keys,
                    false,
                ));
            }
            Value::Set(s) => IterState::Set {
                items: s.borrow().ordered_keys(),
                index: 0,
                used: s.borrow().len(),
                set: s.clone(),
            },
            Value::FrozenSet(s) => IterState::Snapshot {
                items: s.ordered_keys(),
                index: 0,
                kind: "set_iterator",
            },
            Value::Iter(_) | Value::Generator(_) => return Ok(v.clone()),
            _ => {
                let cls = self.type_of(v);
                let iter_name = self.names.iter.clone();
                if let Some(m) = cls.lookup(&iter_name) {
                    if m.is_none() {
                        return Err(self.not_iterable(v));
                    }
                    let it = self.call(&m, vec![v.clone()], vec![])?;
                    let next_name = self.names.next.clone();
                    if !matches!(it, Value::Iter(_) | Value::Generator(_))
                        && self.type_of(&it).lookup(&next_name).is_none()
                    {
                        return Err(type_error(format!(
                            "iter() returned non-iterator of type '{}'",
                            self.type_name(&it)
                        )));
                    }
                    return Ok(it);
                }
                let getitem_name = self.names.getitem.clone();
                if matches!(v, Value::Instance(_)) && cls.lookup(&getitem_name).is_some() {
                    IterState::GetItem {
                        obj: v.clone(),
                        index: 0,
                        done: false,
                    }
                } else {
                    return Err(self.not_iterable(v));
                }
            }
        };
        Ok(Value::Iter(Rc::new(RefCell::new(state))))
    }

    fn not_iterable(&self, v: &Value) -> PyErr {
        type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    /// One step of iteration: `Ok(None)` when exhausted. A StopIteration's
    /// value is kept for `yield from` (see `take_stop_value`).
    pub fn iter_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        match it {
            Value::Iter(state) => crate::types::iterators::next(self, state),
            Value::Generator(g) => {
                let g = g.clone();
                match self.gen_send(&g, Value::None)? {
                    Ok(v) => Ok(Some(v)),
                    Err(ret) => {
                        self.stop_value = ret;
                        Ok(None)
                    }
                }
            }
            _ => {
                let next_name = self.names.next.clone();
                let cls = self.type_of(it);
                let Some(m) = cls.lookup(&next_name) else {
                    return Err(type_error(format!(
                        "'{}' object is not an iterator",
                        self.type_name(it)
                    )));
                };
                match self.call(&m, vec![it.clone()], vec![]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) => {
                        let exc = self.materialize(e);
                        if self.isinstance(&exc, &self.exc_class(ExcKind::StopIteration)) {
                            self.stop_value = self.exception_value(&exc);
                            Ok(None)
                        } else {
                            Err(PyErr::from_value(exc))
                        }
                    }
                }
            }
        }
    }

    /// The return value carried by the last exhausted iterator.
    pub fn take_stop_value(&mut self) -> Value {
        std::mem::replace(&mut self.stop_value, Value::None)
    }

    /// All items of an iterable.
    pub fn collect(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.borrow().clone()),
            Value::Tuple(t) => return Ok(t.to_vec()),
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.iter_next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// Exactly `n` items for tuple assignment.
    pub fn unpack(&mut self, v: &Value, n: usize) -> PyResult<Vec<Value>> {
        let items = match v {
            Value::Tuple(t) => t.to_vec(),
            Value::List(l) => l.borrow().clone(),
            _ => {
                let it = self.get_iter(v).map_err(|_| {
                    type_error(format!(
                        "cannot unpack non-iterable {} object",
                        self.type_name(v)
                    ))
                })?;
                let mut out = Vec::with_capacity(n);
                while let Some(x) = self.iter_next(&it)? {
                    out.push(x);
                    if out.len() > n {
                        return Err(PyErr::new(
                            ExcKind::ValueError,
                            format!("too many values to unpack (expected {n})"),
                        ));
                    }
                }
                out
            }
        };
        if items.len() < n {
            return Err(PyErr::new(
                ExcKind::ValueError,
                format!(
                    "not enough values to unpack (expected {}, got {})",
                    n,
                    items.len()
                ),
            ));
        }
        if items.len() > n {
            return Err(PyErr::new(
                ExcKind::ValueError,
                format!("too many values to unpack (expected {n})"),
            ));
        }
        Ok(items)
    }

    /// Starred unpacking: `before` items, a list, `after` items.
    pub fn unpack_ex(&mut self, v: &Value, before: usize, after: usize) -> PyResult<Vec<Value>> {
        let items = self.collect(v).map_err(|_| {
            type_error(format!(
                "cannot unpack non-iterable {} object",
                self.type_name(v)
            ))
        })?;
        if items.len() < before + after {
            return Err(PyErr::new(
                ExcKind::ValueError,
                format!(
                    "not enough values to unpack (expected at least {}, got {})",
                    before + after,
                    items.len()
                ),
            ));
        }
        let mut out = Vec::with_capacity(before + after + 1);
        out.extend(items[..before].iter().cloned());
        let mid = items[before..items.len() - after].to_vec();
        out.push(Value::list(mid));
        out.extend(items[items.len() - after..].iter().cloned());
        Ok(out)
    }

    /// `x in container`.
    pub fn contains(&mut self, container: &Value, x: &Value) -> PyResult<bool> {
        match container {
            Value::Str(s) => match x {
                Value::Str(sub) => Ok(s.as_str().contains(sub.as_str())),
                _ => Err(type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(x)
                ))),
            },
            Value::Dict(d) => {
                let d = d.clone();
                Ok(self.dict_get(&d, x)?.is_some())
            }
            Value::Set(s) => {
                let data = s.borrow().clone();
                self.set_contains(&data, x)
            }
            Value::FrozenSet(s) => {
                let s = s.clone();
                self.set_contains(&s, x)
            }
            Value::Range(r) => Ok(match x {
                Value::Int(i) => {
                    let i = *i;
                    if r.step > 0 {
                        i >= r.start && i < r.stop && (i - r.start) % r.step == 0
                    } else {
                        i <= r.start && i > r.stop && (r.start - i) % (-r.step) == 0
                    }
                }
                _ => {
                    let items = self.collect(container)?;
                    return self.seq_contains(&items, x);
                }
            }),
            Value::List(l) => {
                let items = l.borrow().clone();
                self.seq_contains(&items, x)
            }
            Value::Tuple(t) => {
                let t = t.clone();
                self.seq_contains(&t, x)
            }
            Value::Bytes(_) | Value::ByteArray(_) => {
                crate::types::bytes::contains(self, container, x)
            }
            _ => {
                let name = self.names.contains.clone();
                if let Some(r) = self.call_special(container, &name, vec![x.clone()])? {
                    return self.truthy(&r);
                }
                let it = self.get_iter(container).map_err(|_| {
                    type_error(format!(
                        "argument of type '{}' is not iterable",
                        self.type_name(container)
                    ))
                })?;
                while let Some(item) = self.iter_next(&it)? {
                    if item.is(x) || self.eq(&item, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    fn seq_contains(&mut self, items: &[Value], x: &Value) -> PyResult<bool> {
        for item in items {
            if item.is(x) || self.eq(item, x)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}

/// Index `i` of a sequence of length `len`, counting from the end when
/// negative; None when out of range.
#[inline]
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    if i >= 0 && (i as usize) < len {
        Some(i as usize)
    } else {
        None
    }
}

pub fn hash_i64(i: i64) -> u64 {
    // CPython: the value mod 2**61 - 1, keeping the sign; -1 is reserved.
    let m = HASH_MODULUS as i128;
    let a = (i as i128).abs() % m;
    let r = if i < 0 { -a } else { a };
    let r = if r == -1 { -2 } else { r };
    r as i64 as u64
}

pub fn hash_bigint(b: &BigInt) -> u64 {
    let m = BigInt::from(HASH_MODULUS);
    let r = (b.abs() % &m).to_i64().unwrap_or(0);
    let r = if b.is_negative() { -r } else { r };
    let r = if r == -1 { -2 } else { r };
    r as u64
}

/// CPython's float hash: the hash of the equal rational, mod 2**61 - 1.
pub fn hash_float(f: f64) -> u64 {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { (-314159i64) as u64 };
    }
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return hash_i64(f as i64);
    }
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & HASH_MODULUS) | (x >> (61 - e));
    let mut r = x as i64;
    if f < 0.0 {
        r = -r;
    }
    if r == -1 {
        r = -2;
    }
    r as u64
}

/// Mantissa in [0.5, 1) and exponent, as C's frexp.
pub fn frexp(x: f64) -> (f64, i32) {
    if x == 0.0 || !x.is_finite() {
        return (x, 0);
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(x * 2f64.powi(64));
        return (m, e - 64);
    }
    let m = f64::from_bits((bits & !(0x7ff << 52)) | (1022 << 52));
    (m, exp - 1022)
}

fn identity_hash(v: &Value) -> u64 {
    let addr = v.rc_addr().unwrap_or(0) as u64;
    // CPython rotates the address by 4 bits.
    addr.rotate_right(4)
}

pub fn iter_type_name(s: &IterState) -> &'static str {
    match s {
        IterState::Seq { seq, .. } => match seq {
            Value::Tuple(_) => "tuple_iterator",
            _ => "list_iterator",
        },
        IterState::Range { .. } => "range_iterator",
        IterState::Str { .. } => "str_ascii_iterator",
        IterState::Bytes { .. } => "bytes_iterator",
        IterState::Snapshot { kind, .. } => kind,
        IterState::Dict { kind, reverse, .. } => {
            use crate::object::iter::DictIterKind as K;
            match (kind, reverse) {
                (K::Keys, false) => "dict_keyiterator",
                (K::Values, false) => "dict_valueiterator",
                (K::Items, false) => "dict_itemiterator",
                (K::Keys, true) => "dict_reversekeyiterator",
                (K::Values, true) => "dict_reversevalueiterator",
                (K::Items, true) => "dict_reverseitemiterator",
            }
        }
        IterState::Set { .. } => "set_iterator",
        IterState::Enumerate { .. } => "enumerate",
        IterState::Zip { .. } => "zip",
        IterState::Map { .. } => "map",
        IterState::Filter { .. } => "filter",
        IterState::Reversed { .. } => "list_reverseiterator",
        IterState::Callable { .. } => "callable_iterator",
        IterState::GetItem { .. } => "iterator",
        IterState::Exhausted => "iterator",
    }
}

pub fn is_zero(b: &BigInt) -> bool {
    b.is_zero()
}
