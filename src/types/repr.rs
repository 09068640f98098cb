//! `repr()` of every built-in value.

use crate::error::{PyResult, type_error};
use crate::object::{Class, Dict};
use crate::value::{Value, intern};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    /// Addresses of the containers whose repr is being built, innermost
    /// last: a container met again prints as `[...]` instead of recursing
    /// forever (CPython's Py_ReprEnter).
    static IN_REPR: RefCell<Vec<usize>> = const { RefCell::new(Vec::new()) };
}

/// Marks a container as "being printed" for as long as it lives, so the
/// mark is removed even when an element's `__repr__` raises.
struct ReprGuard(usize);

impl ReprGuard {
    /// `None` when the container is already being printed further up.
    fn enter(addr: usize) -> Option<ReprGuard> {
        IN_REPR.with(|s| {
            let mut s = s.borrow_mut();
            if s.contains(&addr) {
                None
            } else {
                s.push(addr);
                Some(ReprGuard(addr))
            }
        })
    }
}

impl Drop for ReprGuard {
    fn drop(&mut self) {
        IN_REPR.with(|s| {
            let mut s = s.borrow_mut();
            if let Some(pos) = s.iter().rposition(|&a| a == self.0) {
                s.remove(pos);
            }
        });
    }
}

/// CPython's `%p` formatting of an object address.
pub fn addr_hex(v: &Value) -> String {
    format!("0x{:012x}", v.rc_addr().unwrap_or(0))
}

pub fn repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    Ok(match v {
        Value::Null => "<NULL>".to_string(),
        Value::None => "None".to_string(),
        Value::NotImplemented => "NotImplemented".to_string(),
        Value::Ellipsis => "Ellipsis".to_string(),
        Value::Bool(true) => "True".to_string(),
        Value::Bool(false) => "False".to_string(),
        Value::Int(i) => i.to_string(),
        Value::BigInt(b) => b.to_string(),
        Value::Float(f) => crate::format::float_repr::float_repr(*f),
        Value::Str(s) => str_repr(s.as_str()),
        Value::Bytes(b) => bytes_repr(b),
        Value::ByteArray(b) => {
            let data = b.borrow().clone();
            format!("bytearray({})", bytes_repr(&data))
        }
        Value::Tuple(_) | Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::FrozenSet(_) => {
            container_repr(vm, v)?
        }
        Value::Range(r) => {
            if r.step == 1 {
                format!("range({}, {})", r.start, r.stop)
            } else {
                format!("range({}, {}, {})", r.start, r.stop, r.step)
            }
        }
        Value::Slice(s) => {
            let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
            format!(
                "slice({}, {}, {})",
                repr(vm, &a)?,
                repr(vm, &b)?,
                repr(vm, &c)?
            )
        }
        Value::Function(f) => format!(
            "<function {} at {}>",
            f.qualname.borrow().as_str(),
            addr_hex(v)
        ),
        Value::Native(nf) => match &nf.bound {
            Some(recv) => builtin_method_repr(vm, nf.name, recv),
            None => format!("<built-in function {}>", nf.name),
        },
        Value::BoundMethod(m) => bound_method_repr(vm, &m.func, &m.receiver)?,
        Value::Class(c) => format!("<class '{}'>", class_path(c)),
        Value::Instance(_) => instance_repr(vm, v)?,
        Value::Module(m) => module_repr(m.name.as_str(), &m.dict.borrow()),
        Value::Generator(g) => {
            let q = g.borrow().qualname.clone();
            format!("<generator object {} at {}>", q.as_str(), addr_hex(v))
        }
        Value::Iter(_) => format!("<{} object at {}>", vm.type_name(v), addr_hex(v)),
        Value::Property(_) => format!("<property object at {}>", addr_hex(v)),
        Value::StaticMethod(f) => format!("<staticmethod({})>", repr(vm, f)?),
        Value::ClassMethod(f) => format!("<classmethod({})>", repr(vm, f)?),
        Value::Code(c) => format!(
            "<code object {} at {}, file \"{}\", line {}>",
            c.name.as_str(),
            addr_hex(v),
            c.source.filename,
            c.first_line
        ),
        Value::Cell(c) => {
            let inner = c.borrow().clone();
            if inner.is_null() {
                format!("<cell at {}: empty>", addr_hex(v))
            } else {
                format!(
                    "<cell at {}: {} object at {}>",
                    addr_hex(v),
                    vm.type_name(&inner),
                    addr_hex(&inner)
                )
            }
        }
        Value::Object(o) => {
            if let Some(view) = o.as_any().downcast_ref::<super::dictview::DictView>() {
                return super::dictview::view_repr(vm, view);
            }
            instance_repr(vm, v)?
        }
    })
}

/// `module.QualName` for classes defined in Python, just the name for
/// built-in types.
pub fn class_path(c: &Rc<Class>) -> String {
    let qual = c.qualname.borrow().as_str().to_string();
    if c.builtin.is_some() {
        return qual;
    }
    match c.dict.borrow().get_str(&intern("__module__")) {
        Some(Value::Str(m)) if m.as_str() != "builtins" => format!("{}.{}", m.as_str(), qual),
        _ => qual,
    }
}

fn module_repr(name: &str, dict: &Dict) -> String {
    match dict.get_str(&intern("__file__")) {
        Some(Value::Str(f)) => format!("<module '{}' from '{}'>", name, f.as_str()),
        _ => format!("<module '{}' (built-in)>", name),
    }
}

fn builtin_method_repr(vm: &Vm, name: &str, recv: &Value) -> String {
    format!(
        "<built-in method {} of {} object at {}>",
        name,
        vm.type_name(recv),
        addr_hex(recv)
    )
}

fn bound_method_repr(vm: &mut Vm, func: &Value, recv: &Value) -> PyResult<String> {
    match func {
        Value::Native(nf) => Ok(builtin_method_repr(vm, nf.name, recv)),
        _ => {
            let qual = match func {
                Value::Function(f) => f.qualname.borrow().as_str().to_string(),
                other => {
                    let q = vm.get_attr(other, &vm.names.qualname.clone());
                    match q {
                        Ok(Value::Str(s)) => s.as_str().to_string(),
                        _ => "?".to_string(),
                    }
                }
            };
            Ok(format!("<bound method {} of {}>", qual, repr(vm, recv)?))
        }
    }
}

/// Instances and native objects: the first `__repr__` along the MRO that
/// is not `object`'s, else the default `<module.Class object at 0x...>`.
fn instance_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let cls = vm.type_of(v);
    let name = vm.names.repr.clone();
    let object = vm.types.object.clone();
    let found = crate::vm::types::full_mro(&cls)
        .into_iter()
        .take_while(|c| !Rc::ptr_eq(c, &object))
        .find_map(|c| {
            let m = c.dict.borrow().get_str(&name).cloned()?;
            Some((c.builtin.is_some() && matches!(m, Value::Native(_)), m))
        });
    // A built-in value type's own `__repr__` sees only the payload; the
    // payload rules below also know the subclass (`S({1, 2})`).
    let has_payload = crate::object::class::builtin_payload(v).is_some();
    let found = found
        .filter(|(native, _)| !(*native && has_payload))
        .map(|(_, m)| m);
    match found {
        Some(m) => {
            let r = vm.call(&m, vec![v.clone()], vec![])?;
            match r {
                Value::Str(s) => Ok(s.as_str().to_string()),
                other => Err(type_error(format!(
                    "__repr__ returned non-string (type {})",
                    vm.type_name(&other)
                ))),
            }
        }
        None => payload_repr(vm, v),
    }
}

/// The repr a built-in base gives an instance: that of its payload, with
/// the subclass's name for sets (`S({1, 2})`, `S()`).
pub fn payload_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let cls = vm.type_of(v);
    match crate::object::class::builtin_payload(v) {
        Some(inner @ (Value::Set(_) | Value::FrozenSet(_))) => {
            let empty = match &inner {
                Value::Set(s) => s.borrow().is_empty(),
                Value::FrozenSet(s) => s.is_empty(),
                _ => false,
            };
            let items = if empty {
                String::new()
            } else {
                let r = repr(vm, &inner)?;
                match r.strip_prefix("frozenset(") {
                    Some(rest) => rest.strip_suffix(')').unwrap_or(rest).to_string(),
                    None => r,
                }
            };
            Ok(format!("{}({})", cls.name(), items))
        }
        Some(inner) => repr(vm, &inner),
        None => Ok(default_repr(vm, v)),
    }
}

/// `object.__repr__`.
pub fn default_repr(vm: &Vm, v: &Value) -> String {
    let path = match v {
        Value::Object(o) => o.type_name().to_string(),
        _ => class_path(&vm.type_of(v)),
    };
    format!("<{} object at {}>", path, addr_hex(v))
}

/// Lists, tuples, dicts and sets, guarding against self-reference. The
/// elements are cloned out first: an element's `__repr__` may mutate the
/// container.
fn container_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let addr = v.rc_addr().unwrap_or(0);
    let Some(_guard) = ReprGuard::enter(addr) else {
        return Ok(match v {
            Value::List(_) => "[...]".to_string(),
            Value::Tuple(_) => "(...)".to_string(),
            Value::Dict(_) => "{...}".to_string(),
            other => format!("{}(...)", vm.type_name(other)),
        });
    };
    match v {
        Value::List(l) => {
            let items = l.borrow().clone();
            Ok(format!("[{}]", join_reprs(vm, &items)?))
        }
        Value::Tuple(t) => {
            let inner = join_reprs(vm, t)?;
            Ok(if t.len() == 1 {
                format!("({inner},)")
            } else {
                format!("({inner})")
            })
        }
        Value::Dict(d) => {
            let pairs: Vec<(Value, Value)> = d
                .borrow()
                .iter()
                .map(|(k, v)| (k.key.clone(), v.clone()))
                .collect();
            let mut parts = Vec::with_capacity(pairs.len());
            for (k, val) in &pairs {
                parts.push(format!("{}: {}", repr(vm, k)?, repr(vm, val)?));
            }
            Ok(format!("{{{}}}", parts.join(", ")))
        }
        Value::Set(s) => {
            let items: Vec<Value> = s.borrow().ordered_keys();
            if items.is_empty() {
                return Ok("set()".to_string());
            }
            Ok(format!("{{{}}}", join_reprs(vm, &items)?))
        }
        Value::FrozenSet(s) => {
            let items: Vec<Value> = s.ordered_keys();
            if items.is_empty() {
                return Ok("frozenset()".to_string());
            }
            Ok(format!("frozenset({{{}}})", join_reprs(vm, &items)?))
        }
        _ => Ok(String::new()),
    }
}

/// `repr(a), repr(b), ...` joined with ", ".
pub fn join_reprs(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(items.len());
    for item in items {
        parts.push(repr(vm, item)?);
    }
    Ok(parts.join(", "))
}

/// The repr of a str: single quotes unless the text has a single quote
/// and no double quote.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c if (c as u32) < 0x7f => out.push(c),
            c if is_printable(c) => out.push(c),
            c => {
                let n = c as u32;
                if n < 0x100 {
                    out.push_str(&format!("\\x{n:02x}"));
                } else if n < 0x10000 {
                    out.push_str(&format!("\\u{n:04x}"));
                } else {
                    out.push_str(&format!("\\U{n:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// Approximates `str.isprintable` for one non-ASCII character: the
/// control, format, separator (other than ' '), private-use and
/// non-character ranges. Unassigned code points cannot be told apart
/// without the Unicode tables and are treated as printable.
fn is_printable(c: char) -> bool {
    let n = c as u32;
    !matches!(n,
        0x80..=0xa0
        | 0xad
        | 0x34f
        | 0x600..=0x605
        | 0x61c
        | 0x6dd
        | 0x70f
        | 0x1680
        | 0x180e
        | 0x2000..=0x200f
        | 0x2028..=0x202f
        | 0x205f..=0x2064
        | 0x2066..=0x206f
        | 0x3000
        | 0xd800..=0xf8ff
        | 0xfeff
        | 0xfff0..=0xfffb
        | 0xfffe..=0xffff
        | 0x110bd
        | 0x1bca0..=0x1bca3
        | 0x1d173..=0x1d17a
        | 0xe0001
        | 0xe0020..=0xe007f
        | 0xf0000..=0x10ffff)
        && (n & 0xfffe) != 0xfffe
}

/// `b'...'`: delegates to the bytes module's repr.
pub fn bytes_repr(b: &[u8]) -> String {
    local_bytes_repr(b)
}

/// Local bytes repr used until `crate::types::bytes::bytes_repr` lands
/// (written on the bytes branch): same quoting rule as str, everything
/// outside printable ASCII as `\xNN`.
fn local_bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote as char);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\t' => out.push_str("\\t"),
            b'\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            c => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote as char);
    out
}

/// `ascii()`: the repr with non-ASCII characters escaped.
pub fn ascii(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}
