//! The class objects of the built-in types and exceptions, and class
//! construction (C3 linearization).

use crate::error::{ExcKind, PyErr, PyResult, type_error};
use crate::object::class::{Derived, LOOKUP_SLOTS, Layout, LookupEntry, name_bit};
use crate::object::{Class, Dict};
use crate::value::{Str, Value, intern};
use std::cell::RefCell;
use std::rc::Rc;

/// One class object per built-in type.
pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub none: Rc<Class>,
    pub notimplemented: Rc<Class>,
    pub ellipsis: Rc<Class>,
    pub int: Rc<Class>,
    pub bool_: Rc<Class>,
    pub float: Rc<Class>,
    pub str_: Rc<Class>,
    pub bytes: Rc<Class>,
    pub bytearray: Rc<Class>,
    pub tuple: Rc<Class>,
    pub list: Rc<Class>,
    pub dict: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub range: Rc<Class>,
    pub slice: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub method: Rc<Class>,
    pub module: Rc<Class>,
    pub generator: Rc<Class>,
    pub iterator: Rc<Class>,
    pub property: Rc<Class>,
    pub staticmethod: Rc<Class>,
    pub classmethod: Rc<Class>,
    pub code: Rc<Class>,
    pub cell: Rc<Class>,
    pub super_: Rc<Class>,
}

pub fn builtin_class(name: &'static str, bases: Vec<Rc<Class>>, layout: Layout) -> Rc<Class> {
    let mro = linearize_bases(&bases).expect("built-in hierarchy is consistent");
    Rc::new(Class {
        name: RefCell::new(intern(name)),
        qualname: RefCell::new(intern(name)),
        bases,
        mro,
        dict: RefCell::new(Dict::new()),
        layout,
        builtin: Some(name),
        derived: Default::default(),
        instance_size: Default::default(),
        lookups: Default::default(),
    })
}

pub fn create() -> (Types, Vec<Rc<Class>>) {
    let object = builtin_class("object", vec![], Layout::Object);
    let b = |name: &'static str| builtin_class(name, vec![object.clone()], Layout::Builtin);
    let int = b("int");
    let types = Types {
        type_: b("type"),
        none: b("NoneType"),
        notimplemented: b("NotImplementedType"),
        ellipsis: b("ellipsis"),
        bool_: builtin_class("bool", vec![int.clone()], Layout::Builtin),
        int,
        float: b("float"),
        str_: b("str"),
        bytes: b("bytes"),
        bytearray: b("bytearray"),
        tuple: b("tuple"),
        list: b("list"),
        dict: b("dict"),
        set: b("set"),
        frozenset: b("frozenset"),
        range: b("range"),
        slice: b("slice"),
        function: b("function"),
        builtin_function: b("builtin_function_or_method"),
        method: b("method"),
        module: b("module"),
        generator: b("generator"),
        iterator: b("iterator"),
        property: b("property"),
        staticmethod: b("staticmethod"),
        classmethod: b("classmethod"),
        code: b("code"),
        cell: b("cell"),
        super_: b("super"),
        object,
    };
    let mut excs: Vec<Rc<Class>> = Vec::with_capacity(ExcKind::ALL.len());
    for &kind in ExcKind::ALL {
        let base = match kind.base() {
            Some(base) => excs[base as usize].clone(),
            None => types.object.clone(),
        };
        excs.push(builtin_class(kind.name(), vec![base], Layout::Exception));
    }
    (types, excs)
}

/// C3 linearization of a class's bases: the MRO without the class itself.
pub fn linearize_bases(bases: &[Rc<Class>]) -> PyResult<Vec<Rc<Class>>> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases.iter().map(full_mro).collect();
    seqs.push(bases.to_vec());
    let mut out = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        // The first head that appears in no other sequence's tail.
        let candidate = seqs.iter().map(|s| s[0].clone()).find(|head| {
            !seqs
                .iter()
                .any(|s| s[1..].iter().any(|c| Rc::ptr_eq(c, head)))
        });
        let Some(next) = candidate else {
            let names: Vec<String> = bases
                .iter()
                .map(|c| c.name.borrow().as_str().to_string())
                .collect();
            return Err(type_error(format!(
                // CPython 3.11's message really has this line break.
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &next) {
                s.remove(0);
            }
        }
        out.push(next);
    }
}

/// Whether `__new__` along the MRO is a Python function (object's is a
/// static method wrapping a native; call_class skips natives).
fn has_python_new(class: &Rc<Class>) -> bool {
    match class.lookup(&intern("__new__")) {
        None | Some(Value::Native(_)) => false,
        Some(Value::StaticMethod(f)) => !matches!(*f, Value::Native(_)),
        Some(_) => true,
    }
}

/// The complete MRO of a class, itself first.
pub fn full_mro(class: &Rc<Class>) -> Vec<Rc<Class>> {
    let mut v = Vec::with_capacity(class.mro.len() + 1);
    v.push(class.clone());
    v.extend(class.mro.iter().cloned());
    v
}

impl Class {
    /// Finds a name along the MRO (the class itself first).
    #[inline]
    pub fn lookup(self: &Rc<Class>, name: &Str) -> Option<Value> {
        let epoch = crate::object::class::class_epoch();
        let slot = (Rc::as_ptr(name) as usize >> 4) & (LOOKUP_SLOTS - 1);
        {
            let cache = self.lookups.borrow();
            if let Some(Some(e)) = cache.slots.get(slot)
                && e.epoch == epoch
                && Rc::ptr_eq(&e.name, name)
            {
                return e.value.clone();
            }
        }
        self.lookup_refill(name, epoch, slot)
    }

    #[inline(never)]
    fn lookup_refill(self: &Rc<Class>, name: &Str, epoch: u64, slot: usize) -> Option<Value> {
        let found = self.lookup_uncached(name);
        let entry = LookupEntry {
            epoch,
            name: name.clone(),
            value: found.clone(),
        };
        let old = {
            let mut cache = self.lookups.borrow_mut();
            if cache.slots.is_empty() {
                cache.slots.resize_with(LOOKUP_SLOTS, || None);
            }
            cache.slots[slot].replace(entry)
        };
        // Dropped outside the borrow: a class freed here drops its
        // namespace, whose values may reach this class's cache.
        drop(old);
        found
    }

    fn lookup_uncached(self: &Rc<Class>, name: &Str) -> Option<Value> {
        if let Some(v) = self.dict.borrow().get_str(name) {
            return Some(v.clone());
        }
        for c in &self.mro {
            if let Some(v) = c.dict.borrow().get_str(name) {
                return Some(v.clone());
            }
        }
        None
    }
    /// Whether `obj.name = v` on an instance is a plain store into its
    /// dict: no user `__setattr__` and no data descriptor of that name.
    #[inline]
    pub fn plain_setattr(self: &Rc<Class>, name: &Str) -> bool {
        let d = self.derived();
        d.native_setattr && d.descriptor_names & name_bit(name.hash()) == 0
    }

    /// See `Derived::plain_new`.
    #[inline]
    pub fn plain_new(self: &Rc<Class>) -> bool {
        self.derived().plain_new
    }

    /// Whether the instance dict answers `obj.name` outright: no data
    /// descriptor of that name on the class can take precedence over it.
    #[inline]
    pub fn instance_dict_first(self: &Rc<Class>, name: &Str) -> bool {
        self.derived().descriptor_names & name_bit(name.hash()) == 0
    }

    /// Facts about the class (see `Derived`), cached until the class epoch
    /// moves.
    #[inline]
    fn derived(self: &Rc<Class>) -> Derived {
        let epoch = crate::object::class::class_epoch();
        let d = self.derived.get();
        if d.epoch == epoch {
            return d;
        }
        let d = self.derive(epoch);
        self.derived.set(d);
        d
    }

    #[inline(never)]
    fn derive(self: &Rc<Class>, epoch: u64) -> Derived {
        let setattr = intern("__setattr__");
        let set = intern("__set__");
        let mut d = Derived {
            epoch,
            native_setattr: matches!(self.lookup(&setattr), None | Some(Value::Native(_))),
            descriptor_names: 0,
            plain_new: self.layout == Layout::Object && !has_python_new(self),
        };
        for c in std::iter::once(self).chain(self.mro.iter()) {
            for (k, v) in c.dict.borrow().iter() {
                let bit = name_bit(k.hash);
                match v {
                    Value::Property(_) => d.descriptor_names |= bit,
                    Value::Instance(i) if i.class.borrow().lookup(&set).is_some() => {
                        d.descriptor_names |= bit;
                    }
                    _ => {}
                }
            }
        }
        d
    }

    /// The class along the MRO whose namespace defines `name`.
    pub fn lookup_owner(self: &Rc<Class>, name: &Str) -> Option<Rc<Class>> {
        if self.dict.borrow().get_str(name).is_some() {
            return Some(self.clone());
        }
        self.mro
            .iter()
            .find(|c| c.dict.borrow().get_str(name).is_some())
            .cloned()
    }
    pub fn is_subclass(self: &Rc<Class>, other: &Rc<Class>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.iter().any(|c| Rc::ptr_eq(c, other))
    }
    pub fn name(&self) -> String {
        self.name.borrow().as_str().to_string()
    }
}

/// Whether `class` is a built-in value type user classes may subclass
/// (instances then wrap a value of it).
pub fn subclassable_builtin(class: &Class) -> bool {
    matches!(
        class.builtin,
        Some(
            "int"
                | "float"
                | "str"
                | "bytes"
                | "bytearray"
                | "tuple"
                | "list"
                | "dict"
                | "set"
                | "frozenset"
        )
    )
}

/// The built-in value type a user class derives from, if any.
pub fn value_base(class: &Rc<Class>) -> Option<Rc<Class>> {
    if class.layout != Layout::Builtin || class.builtin.is_some() {
        return None;
    }
    class.mro.iter().find(|c| subclassable_builtin(c)).cloned()
}

/// Whether values of the built-in type are mutable containers, filled by
/// `__init__` rather than `__new__`.
pub fn mutable_builtin(class: &Class) -> bool {
    matches!(class.builtin, Some("list" | "dict" | "set"))
}

/// Creates a class from `class` statement parts.
pub fn new_class(name: Str, bases: Vec<Rc<Class>>, dict: Dict) -> PyResult<Rc<Class>> {
    // Built-in types CPython does not allow as bases (no Py_TPFLAGS_BASETYPE).
    for b in &bases {
        if let Some(
            n @ ("bool"
            | "NoneType"
            | "NotImplementedType"
            | "ellipsis"
            | "range"
            | "slice"
            | "function"
            | "builtin_function_or_method"
            | "method"
            | "generator"
            | "code"
            | "cell"
            | "memoryview"),
        ) = b.builtin
        {
            return Err(type_error(format!(
                "type '{n}' is not an acceptable base type"
            )));
        }
    }
    let mro = linearize_bases(&bases)?;
    let mut layout = Layout::Object;
    let mut value_base: Option<Rc<Class>> = None;
    for c in &mro {
        match c.layout {
            Layout::Exception => {
                layout = Layout::Exception;
                break;
            }
            Layout::Builtin => {
                if c.builtin == Some("object") {
                    continue;
                }
                if !subclassable_builtin(c) {
                    return Err(PyErr::new(
                        ExcKind::NotImplementedError,
                        format!(
                            "subclassing the built-in type '{}' is not supported by pyproc yet",
                            c.name()
                        ),
                    ));
                }
                match &value_base {
                    Some(v) if !c.is_subclass(v) && !v.is_subclass(c) => {
                        return Err(type_error("multiple bases have instance lay-out conflict"));
                    }
                    Some(_) => {}
                    None => value_base = Some(c.clone()),
                }
                layout = Layout::Builtin;
            }
            Layout::Object => {}
        }
    }
    let mut dict = dict;
    // As CPython's type_new: `__qualname__` moves out of the namespace into
    // the type, and every class has its own `__doc__`.
    let qualname = match dict.remove_str(&intern("__qualname__")) {
        Some(Value::Str(q)) => q,
        _ => name.clone(),
    };
    let doc = intern("__doc__");
    if dict.get_str(&doc).is_none() {
        dict.set_str(doc, Value::None);
    }
    // A class that defines __eq__ but not __hash__ gets `__hash__ = None`
    // (it becomes unhashable), as CPython's type_new does.
    let hash_name = intern("__hash__");
    if dict.get_str(&intern("__eq__")).is_some() && dict.get_str(&hash_name).is_none() {
        dict.set_str(hash_name, Value::None);
    }
    Ok(Rc::new(Class {
        name: RefCell::new(name),
        qualname: RefCell::new(qualname),
        bases,
        mro,
        dict: RefCell::new(dict),
        layout,
        builtin: None,
        derived: Default::default(),
        instance_size: Default::default(),
        lookups: Default::default(),
    }))
}
