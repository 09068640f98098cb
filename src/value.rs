//! The value representation: small immediates inline, everything else
//! behind an `Rc`. A `Value` is 16 bytes and cheap to clone.

use crate::bytecode::Code;
use crate::object::{
    BoundMethod, Class, Dict, Function, Generator, Instance, IterState, Module, NativeFunction,
    NativeObject, Property, Range, SetData, Slice,
};
use num_bigint::BigInt;
use num_traits::ToPrimitive;
use std::cell::{Cell, RefCell};
use std::fmt;
use std::rc::Rc;

/// An immutable Python string with its hash cached; names are interned so
/// the common lookups compare pointers first. Text of up to 24 bytes is
/// kept inside the object (`CompactString`): one allocation per string,
/// and comparing or hashing a short string touches one place in memory.
pub struct PyStr {
    s: compact_str::CompactString,
    hash: Cell<u64>,
    /// Number of code points, or u32::MAX when not yet counted.
    chars: Cell<u32>,
}

pub type Str = Rc<PyStr>;

impl PyStr {
    pub fn new(s: impl Into<compact_str::CompactString>) -> PyStr {
        PyStr {
            s: s.into(),
            hash: Cell::new(0),
            chars: Cell::new(u32::MAX),
        }
    }
    pub fn as_str(&self) -> &str {
        &self.s
    }
    /// Hash of the text; never 0 so 0 can mean "not computed".
    pub fn hash(&self) -> u64 {
        let h = self.hash.get();
        if h != 0 {
            return h;
        }
        // FNV-1a: fast for short names, and string hash order is not
        // observable in pyproc (dicts keep insertion order).
        let mut h: u64 = 0xcbf29ce484222325;
        for b in self.s.bytes() {
            h ^= b as u64;
            h = h.wrapping_mul(0x100000001b3);
        }
        // Keep it in Python's hash range and away from 0 and -1.
        let h = (h >> 2).max(2);
        self.hash.set(h);
        h
    }
    /// Length in code points.
    pub fn char_len(&self) -> usize {
        let n = self.chars.get();
        if n != u32::MAX {
            return n as usize;
        }
        let n = if self.s.is_ascii() {
            self.s.len()
        } else {
            self.s.chars().count()
        };
        self.chars.set(n as u32);
        n
    }
    pub fn is_ascii(&self) -> bool {
        self.char_len() == self.s.len()
    }
}

impl fmt::Debug for PyStr {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}", &*self.s)
    }
}

impl PartialEq for PyStr {
    fn eq(&self, other: &PyStr) -> bool {
        self.s == other.s
    }
}

thread_local! {
    static INTERNED: RefCell<std::collections::HashMap<Box<str>, Str>> =
        RefCell::new(std::collections::HashMap::new());
}

/// The shared `Str` for a name; identical names share one allocation.
pub fn intern(s: &str) -> Str {
    INTERNED.with(|table| {
        let mut table = table.borrow_mut();
        if let Some(found) = table.get(s) {
            return found.clone();
        }
        let v = Rc::new(PyStr::new(s));
        table.insert(s.into(), v.clone());
        v
    })
}

#[derive(Default)]
pub enum Value {
    /// Internal marker: an unbound local slot or LoadMethod's "no self".
    /// Never visible to programs.
    #[default]
    Null,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// Always outside the i64 range: results are normalized back to `Int`.
    BigInt(Rc<BigInt>),
    Str(Str),
    Bytes(Rc<Vec<u8>>),
    ByteArray(Rc<RefCell<Vec<u8>>>),
    Tuple(Rc<Vec<Value>>),
    List(Rc<RefCell<Vec<Value>>>),
    Dict(Rc<RefCell<Dict>>),
    Set(Rc<RefCell<SetData>>),
    FrozenSet(Rc<SetData>),
    Range(Rc<Range>),
    Slice(Rc<Slice>),
    Function(Rc<Function>),
    Native(Rc<NativeFunction>),
    BoundMethod(Rc<BoundMethod>),
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    Generator(Rc<RefCell<Generator>>),
    /// Built-in iterators (list_iterator, range_iterator, enumerate, zip, ...).
    Iter(Rc<RefCell<IterState>>),
    Property(Rc<Property>),
    StaticMethod(Rc<Value>),
    ClassMethod(Rc<Value>),
    Code(Rc<Code>),
    /// A closure cell.
    Cell(Rc<RefCell<Value>>),
    /// Objects defined by native modules (files, processes, locks, ...).
    Object(Rc<dyn NativeObject>),
}

impl Clone for Value {
    /// Immediates are copied inline; only heap values take the slow path
    /// (the derived clone is a large out-of-line match, hot in profiles).
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            Value::Int(i) => Value::Int(*i),
            Value::Float(f) => Value::Float(*f),
            Value::Bool(b) => Value::Bool(*b),
            Value::None => Value::None,
            Value::Null => Value::Null,
            _ => self.clone_heap(),
        }
    }
}

impl Value {
    #[inline(never)]
    fn clone_heap(&self) -> Value {
        use Value::*;
        match self {
            Null => Null,
            None => None,
            NotImplemented => NotImplemented,
            Ellipsis => Ellipsis,
            Bool(b) => Bool(*b),
            Int(i) => Int(*i),
            Float(f) => Float(*f),
            BigInt(r) => BigInt(r.clone()),
            Str(r) => Str(r.clone()),
            Bytes(r) => Bytes(r.clone()),
            ByteArray(r) => ByteArray(r.clone()),
            Tuple(r) => Tuple(r.clone()),
            List(r) => List(r.clone()),
            Dict(r) => Dict(r.clone()),
            Set(r) => Set(r.clone()),
            FrozenSet(r) => FrozenSet(r.clone()),
            Range(r) => Range(r.clone()),
            Slice(r) => Slice(r.clone()),
            Function(r) => Function(r.clone()),
            Native(r) => Native(r.clone()),
            BoundMethod(r) => BoundMethod(r.clone()),
            Class(r) => Class(r.clone()),
            Instance(r) => Instance(r.clone()),
            Module(r) => Module(r.clone()),
            Generator(r) => Generator(r.clone()),
            Iter(r) => Iter(r.clone()),
            Property(r) => Property(r.clone()),
            StaticMethod(r) => StaticMethod(r.clone()),
            ClassMethod(r) => ClassMethod(r.clone()),
            Code(r) => Code(r.clone()),
            Cell(r) => Cell(r.clone()),
            Object(r) => Object(r.clone()),
        }
    }

    pub fn str(s: &str) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }
    pub fn string(s: String) -> Value {
        Value::Str(Rc::new(PyStr::new(s)))
    }
    pub fn interned(s: &str) -> Value {
        Value::Str(intern(s))
    }
    pub fn bytes(b: Vec<u8>) -> Value {
        Value::Bytes(Rc::new(b))
    }
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(items))
    }
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(items)))
    }
    pub fn dict(d: Dict) -> Value {
        Value::Dict(Rc::new(RefCell::new(d)))
    }
    /// An int from a big integer, stored inline when it fits in i64.
    pub fn from_bigint(b: BigInt) -> Value {
        match b.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(b)),
        }
    }
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }
    /// Whether the value owns no heap object, so dropping it is a no-op.
    #[inline(always)]
    pub fn is_immediate(&self) -> bool {
        matches!(
            self,
            Value::Null
                | Value::None
                | Value::NotImplemented
                | Value::Ellipsis
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
        )
    }
    /// Drops a value, skipping the out-of-line drop glue for immediates:
    /// the VM's hot paths drop mostly ints and bools, and the glue call
    /// showed in profiles.
    #[inline(always)]
    pub fn discard(self) {
        if self.is_immediate() {
            std::mem::forget(self);
        } else {
            drop(self);
        }
    }
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }
    /// Identity, as `is` sees it.
    #[inline]
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (None, None) | (Null, Null) => true,
            (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            // Small ints are cached in CPython; equal inline ints are "the
            // same object" here too.
            (Int(a), Int(b)) => a == b,
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            _ => match (self.rc_addr(), other.rc_addr()) {
                (Some(a), Some(b)) => a == b,
                _ => false,
            },
        }
    }
    /// Address of the heap object, for `id()` and identity.
    #[inline]
    pub fn rc_addr(&self) -> Option<usize> {
        use Value::*;
        Some(match self {
            BigInt(r) => Rc::as_ptr(r) as *const u8 as usize,
            Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            ByteArray(r) => Rc::as_ptr(r) as *const u8 as usize,
            Tuple(r) => Rc::as_ptr(r) as *const u8 as usize,
            List(r) => Rc::as_ptr(r) as *const u8 as usize,
            Dict(r) => Rc::as_ptr(r) as *const u8 as usize,
            Set(r) => Rc::as_ptr(r) as *const u8 as usize,
            FrozenSet(r) => Rc::as_ptr(r) as *const u8 as usize,
            Range(r) => Rc::as_ptr(r) as *const u8 as usize,
            Slice(r) => Rc::as_ptr(r) as *const u8 as usize,
            Function(r) => Rc::as_ptr(r) as *const u8 as usize,
            Native(r) => Rc::as_ptr(r) as *const u8 as usize,
            BoundMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Class(r) => Rc::as_ptr(r) as *const u8 as usize,
            Instance(r) => Rc::as_ptr(r) as *const u8 as usize,
            Module(r) => Rc::as_ptr(r) as *const u8 as usize,
            Generator(r) => Rc::as_ptr(r) as *const u8 as usize,
            Iter(r) => Rc::as_ptr(r) as *const u8 as usize,
            Property(r) => Rc::as_ptr(r) as *const u8 as usize,
            StaticMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            ClassMethod(r) => Rc::as_ptr(r) as *const u8 as usize,
            Code(r) => Rc::as_ptr(r) as *const u8 as usize,
            Cell(r) => Rc::as_ptr(r) as *const u8 as usize,
            Object(r) => Rc::as_ptr(r) as *const u8 as usize,
            Value::Null | Value::None | NotImplemented | Ellipsis | Bool(_) | Int(_) | Float(_) => {
                return Option::None;
            }
        })
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Null => write!(f, "<null>"),
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::BigInt(b) => write!(f, "{b}"),
            Value::Str(s) => write!(f, "{s:?}"),
            Value::Tuple(t) => f.debug_tuple("").field(&t).finish(),
            Value::Code(c) => write!(f, "<code {}>", c.qualname.as_str()),
            other => write!(f, "<{}>", other.kind_name()),
        }
    }
}

impl Value {
    /// Rust-side variant name, for debugging output only.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Value::Null => "null",
            Value::None => "None",
            Value::NotImplemented => "NotImplemented",
            Value::Ellipsis => "Ellipsis",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::Bytes(_) => "bytes",
            Value::ByteArray(_) => "bytearray",
            Value::Tuple(_) => "tuple",
            Value::List(_) => "list",
            Value::Dict(_) => "dict",
            Value::Set(_) => "set",
            Value::FrozenSet(_) => "frozenset",
            Value::Range(_) => "range",
            Value::Slice(_) => "slice",
            Value::Function(_) => "function",
            Value::Native(_) => "builtin_function_or_method",
            Value::BoundMethod(_) => "method",
            Value::Class(_) => "type",
            Value::Instance(_) => "instance",
            Value::Module(_) => "module",
            Value::Generator(_) => "generator",
            Value::Iter(_) => "iterator",
            Value::Property(_) => "property",
            Value::StaticMethod(_) => "staticmethod",
            Value::ClassMethod(_) => "classmethod",
            Value::Code(_) => "code",
            Value::Cell(_) => "cell",
            Value::Object(_) => "object",
        }
    }
}
