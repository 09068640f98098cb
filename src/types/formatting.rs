//! `format()`, `str.format` and the `%` operator, on top of `crate::format`.

use crate::error::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::format::percent::{
    Count, PercentConv, PercentParser, PercentPiece, int_to_char, percent_char, percent_float,
    percent_int, percent_int_type_error, percent_str,
};
use crate::format::{ErrKind, FormatError, spec};
use crate::value::{Str, Value, intern};
use crate::vm::Vm;
use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

/// A pure formatting error as the matching Python exception.
fn py_err(e: FormatError) -> PyErr {
    let kind = match e.kind {
        ErrKind::ValueError => ExcKind::ValueError,
        ErrKind::TypeError => ExcKind::TypeError,
        ErrKind::OverflowError => ExcKind::OverflowError,
    };
    PyErr::new(kind, e.message)
}

/// `format(v, spec)`: `__format__` of instances, the mini-language for
/// built-in numbers and strings.
pub fn format_value(vm: &mut Vm, v: &Value, spec: &str) -> PyResult<String> {
    if matches!(v, Value::Instance(_) | Value::Object(_)) {
        let name = vm.names.format.clone();
        let found = vm.type_of(v).lookup(&name);
        if matches!(found, Some(Value::Native(_)) | None)
            && let Some(inner) = crate::object::class::builtin_payload(v)
        {
            // `format(MyInt(5), '03')` formats the wrapped int; an empty
            // spec is `str(v)`, which honours a `__str__` override.
            if spec.is_empty() {
                return vm.to_str(v);
            }
            return format_value(vm, &inner, spec);
        }
        if let Some(m) = found
            && !matches!(m, Value::Native(_))
        {
            let r = vm.call(&m, vec![v.clone(), Value::str(spec)], vec![])?;
            return match r {
                Value::Str(s) => Ok(s.as_str().to_string()),
                other => Err(type_error(format!(
                    "__format__ must return a str, not {}",
                    vm.type_name(&other)
                ))),
            };
        }
    }
    match v {
        Value::Bool(b) => spec::format_bool(*b, spec).map_err(py_err),
        Value::Int(i) => spec::format_int_with(&BigInt::from(*i), spec, "int").map_err(py_err),
        Value::BigInt(b) => spec::format_int_with(b, spec, "int").map_err(py_err),
        Value::Float(x) => spec::format_float_with(*x, spec, "float").map_err(py_err),
        Value::Str(s) => spec::format_str_with(s.as_str(), spec, "str").map_err(py_err),
        _ if spec.is_empty() => vm.to_str(v),
        _ => Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(v)
        ))),
    }
}

// ---- str.format -------------------------------------------------------------

/// Where `{name}` fields come from: `format`'s keywords or `format_map`'s
/// mapping.
enum Keywords<'a> {
    List(&'a [(Str, Value)]),
    Map(&'a Value),
}

/// State shared by the fields of one `str.format` call.
struct Formatter<'a> {
    args: &'a [Value],
    kwargs: Keywords<'a>,
    /// Next automatic field number; None once a manual number was used.
    auto: Option<usize>,
    manual_used: bool,
}

/// `fmt.format(*args, **kwargs)`.
pub fn str_format(
    vm: &mut Vm,
    fmt: &str,
    args: &[Value],
    kwargs: &[(Str, Value)],
) -> PyResult<String> {
    let mut f = Formatter {
        args,
        kwargs: Keywords::List(kwargs),
        auto: Some(0),
        manual_used: false,
    };
    f.render(vm, fmt, 2)
}

/// `fmt.format_map(mapping)`.
pub fn str_format_map(vm: &mut Vm, fmt: &str, mapping: &Value) -> PyResult<String> {
    let mut f = Formatter {
        args: &[],
        kwargs: Keywords::Map(mapping),
        auto: Some(0),
        manual_used: false,
    };
    f.render(vm, fmt, 2)
}

impl Formatter<'_> {
    /// Expands one format string; `depth` limits nesting in specs.
    fn render(&mut self, vm: &mut Vm, fmt: &str, depth: u32) -> PyResult<String> {
        if depth == 0 {
            return Err(value_error("Max string recursion exceeded"));
        }
        let chars: Vec<char> = fmt.chars().collect();
        let mut out = String::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            match c {
                '{' if chars.get(i + 1) == Some(&'{') => {
                    out.push('{');
                    i += 2;
                }
                '}' if chars.get(i + 1) == Some(&'}') => {
                    out.push('}');
                    i += 2;
                }
                '}' => return Err(value_error("Single '}' encountered in format string")),
                '{' => {
                    let end = field_end(&chars, i + 1)?;
                    let field: String = chars[i + 1..end].iter().collect();
                    out.push_str(&self.field(vm, &field, depth)?);
                    i = end + 1;
                }
                _ => {
                    out.push(c);
                    i += 1;
                }
            }
        }
        Ok(out)
    }

    /// Renders the inside of one `{...}`.
    fn field(&mut self, vm: &mut Vm, field: &str, depth: u32) -> PyResult<String> {
        let (name, conv, spec) = split_field(field)?;
        let mut value = self.lookup(vm, &name)?;
        if let Some(conv) = conv {
            value = Value::string(match conv {
                'r' => vm.repr(&value)?,
                's' => vm.to_str(&value)?,
                'a' => crate::types::repr::ascii(&vm.repr(&value)?),
                other => {
                    return Err(value_error(format!("Unknown conversion specifier {other}")));
                }
            });
        }
        // Nested fields in the spec are expanded first, sharing numbering.
        let spec = if spec.contains('{') {
            self.render(vm, &spec, depth - 1)?
        } else {
            spec
        };
        format_value(vm, &value, &spec)
    }

    /// Resolves a field name: the first part, then `.attr` / `[key]` links.
    fn lookup(&mut self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let first = &name[..first_end];
        let mut value = if first.is_empty() {
            self.next_auto(vm)?
        } else if let Some(n) = parse_index(first) {
            self.manual(n)?
        } else {
            self.keyword(vm, first)?
        };
        let mut rest = &name[first_end..];
        while !rest.is_empty() {
            if let Some(after) = rest.strip_prefix('.') {
                let end = after.find(['.', '[']).unwrap_or(after.len());
                let attr = &after[..end];
                if attr.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                value = vm.get_attr(&value, &intern(attr))?;
                rest = &after[end..];
            } else if let Some(after) = rest.strip_prefix('[') {
                let Some(end) = after.find(']') else {
                    return Err(value_error("Missing ']' in format string"));
                };
                let key_text = &after[..end];
                if key_text.is_empty() {
                    return Err(value_error("Empty attribute in format string"));
                }
                let key = match parse_index(key_text) {
                    Some(n) => Value::Int(n as i64),
                    None => Value::str(key_text),
                };
                value = vm.get_item(&value, &key)?;
                rest = &after[end + 1..];
                if !rest.is_empty() && !rest.starts_with(['.', '[']) {
                    return Err(value_error(
                        "Only '.' or '[' may follow ']' in format field specifier",
                    ));
                }
            } else {
                return Err(value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
        }
        Ok(value)
    }

    fn next_auto(&mut self, _vm: &mut Vm) -> PyResult<Value> {
        let Some(n) = self.auto.filter(|_| !self.manual_used) else {
            return Err(value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        };
        self.auto = Some(n + 1);
        self.positional(n)
    }

    fn manual(&mut self, n: usize) -> PyResult<Value> {
        if self.auto != Some(0) {
            return Err(value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        self.manual_used = true;
        self.positional(n)
    }

    fn positional(&self, n: usize) -> PyResult<Value> {
        self.args.get(n).cloned().ok_or_else(|| {
            PyErr::new(
                ExcKind::IndexError,
                format!("Replacement index {n} out of range for positional args tuple"),
            )
        })
    }

    fn keyword(&self, vm: &mut Vm, name: &str) -> PyResult<Value> {
        match &self.kwargs {
            Keywords::List(kw) => kw
                .iter()
                .find(|(k, _)| k.as_str() == name)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| PyErr::with_args(ExcKind::KeyError, vec![Value::str(name)])),
            Keywords::Map(m) => vm.get_item(m, &Value::str(name)),
        }
    }
}

/// A field number: only plain ASCII digits count (`{01}` is 1).
fn parse_index(s: &str) -> Option<usize> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Index of the `}` closing the field that starts at `start`, allowing
/// nested `{}` in the spec.
fn field_end(chars: &[char], start: usize) -> PyResult<usize> {
    let mut depth = 1;
    let mut i = start;
    while i < chars.len() {
        match chars[i] {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Ok(i);
                }
            }
            _ => {}
        }
        i += 1;
    }
    if depth > 1 || i > start {
        return Err(value_error("expected '}' before end of string"));
    }
    Err(value_error("Single '{' encountered in format string"))
}

/// Splits `name!c:spec` into its parts. The name ends at the first `!` or
/// `:` outside brackets.
fn split_field(field: &str) -> PyResult<(String, Option<char>, String)> {
    let chars: Vec<char> = field.chars().collect();
    let mut in_bracket = false;
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            '!' | ':' if !in_bracket => break,
            '{' | '}' if !in_bracket => {
                return Err(value_error("unexpected '{' in field name"));
            }
            _ => {}
        }
        i += 1;
    }
    let name: String = chars[..i].iter().collect();
    let mut conv = None;
    if chars.get(i) == Some(&'!') {
        let Some(&c) = chars.get(i + 1) else {
            return Err(value_error("unmatched '{' in format spec"));
        };
        conv = Some(c);
        i += 2;
        if i < chars.len() && chars[i] != ':' {
            return Err(value_error("expected ':' after conversion specifier"));
        }
    }
    let spec: String = chars
        .get(i + 1..)
        .map(|s| s.iter().collect())
        .unwrap_or_default();
    Ok((name, conv, spec))
}

// ---- printf-style % ---------------------------------------------------------

/// The arguments of one `%` operation.
struct PercentArgs {
    items: Vec<Value>,
    next: usize,
    /// The operand when it is a mapping (`%(name)s` allowed).
    mapping: Option<Value>,
}

impl PercentArgs {
    fn take(&mut self) -> PyResult<Value> {
        let v = self.items.get(self.next).cloned();
        self.next += 1;
        v.ok_or_else(|| type_error("not enough arguments for format string"))
    }
}

/// Whether CPython's `PyMapping_Check` would accept the operand (anything
/// subscriptable except tuples and strings).
fn is_mapping(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Dict(_) | Value::List(_) | Value::Bytes(_) | Value::ByteArray(_) => true,
        Value::Range(_) => true,
        Value::Instance(_) | Value::Object(_) => {
            vm.type_of(v).lookup(&vm.names.getitem).is_some()
                || crate::object::class::builtin_payload(v).is_some_and(|i| is_mapping(vm, &i))
        }
        _ => false,
    }
}

/// `fmt % args` for str.
pub fn percent_format(vm: &mut Vm, fmt: &str, args: &Value) -> PyResult<String> {
    let mut pa = PercentArgs {
        items: match args {
            Value::Tuple(t) => t.as_ref().clone(),
            other => vec![other.clone()],
        },
        next: 0,
        mapping: (!matches!(args, Value::Tuple(_) | Value::Str(_)) && is_mapping(vm, args))
            .then(|| args.clone()),
    };
    let mut out = String::new();
    for piece in PercentParser::new(fmt) {
        match piece.map_err(py_err)? {
            PercentPiece::Literal(text) => out.push_str(&text),
            PercentPiece::Conv(c) => out.push_str(&percent_one(vm, &c, &mut pa)?),
        }
    }
    if pa.mapping.is_none() && pa.next < pa.items.len() {
        return Err(type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}

/// `fmt % args` for bytes and bytearray (CPython's `_PyBytes_FormatEx`).
///
/// The format is parsed as Latin-1 text so every byte maps to one char
/// and back; `%s`/`%b` take bytes-like objects (or `__bytes__`), `%r`/`%a`
/// the ASCII repr, `%c` an int in range(256) or a single byte.
pub fn percent_format_bytes(vm: &mut Vm, fmt: &[u8], args: &Value) -> PyResult<Vec<u8>> {
    let text: String = fmt.iter().map(|&b| b as char).collect();
    let mut pa = PercentArgs {
        items: match args {
            Value::Tuple(t) => t.as_ref().clone(),
            other => vec![other.clone()],
        },
        next: 0,
        mapping: (!matches!(args, Value::Tuple(_) | Value::Str(_) | Value::Bytes(_))
            && is_mapping(vm, args))
        .then(|| args.clone()),
    };
    let mut out = Vec::with_capacity(fmt.len());
    let latin1 = |s: &str, out: &mut Vec<u8>| out.extend(s.chars().map(|c| c as u32 as u8));
    for piece in PercentParser::new(&text) {
        match piece.map_err(py_err)? {
            PercentPiece::Literal(text) => latin1(&text, &mut out),
            PercentPiece::Conv(c) => latin1(&percent_one_bytes(vm, &c, &mut pa)?, &mut out),
        }
    }
    if pa.mapping.is_none() && pa.next < pa.items.len() {
        return Err(type_error(
            "not all arguments converted during bytes formatting",
        ));
    }
    Ok(out)
}

/// One bytes conversion, rendered as Latin-1 text.
fn percent_one_bytes(vm: &mut Vm, c: &PercentConv, pa: &mut PercentArgs) -> PyResult<String> {
    if let Some(key) = &c.key {
        let Some(m) = pa.mapping.clone() else {
            return Err(type_error("format requires a mapping"));
        };
        let v = vm.get_item(
            &m,
            &Value::bytes(key.chars().map(|c| c as u32 as u8).collect()),
        )?;
        pa.items = vec![v];
        pa.next = 0;
    }
    let star_w = star_arg(vm, pa, c.width)?;
    let star_p = star_arg(vm, pa, c.precision)?;
    let v = pa.take()?;
    if c.conv != 'b' {
        c.check_supported().map_err(py_err)?;
    }
    let spec = c.resolve(star_w, star_p);
    let from_bytes = |b: &[u8]| b.iter().map(|&x| x as char).collect::<String>();
    Ok(match c.conv {
        'b' | 's' => {
            let b = match &v {
                Value::Bytes(b) => b.as_ref().clone(),
                Value::ByteArray(b) => b.borrow().clone(),
                _ => match vm.call_special(&v, &intern("__bytes__"), vec![])? {
                    Some(Value::Bytes(b)) => b.as_ref().clone(),
                    Some(r) => {
                        return Err(type_error(format!(
                            "__bytes__ returned non-bytes (type {})",
                            vm.type_name(&r)
                        )));
                    }
                    None => {
                        return Err(type_error(format!(
                            "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                            vm.type_name(&v)
                        )));
                    }
                },
            };
            percent_str(&from_bytes(&b), &spec)
        }
        'r' | 'a' => percent_str(&crate::types::repr::ascii(&vm.repr(&v)?), &spec),
        'd' | 'i' | 'u' => percent_int(&to_int(vm, &v, c.conv)?, &spec),
        'o' | 'x' | 'X' => percent_int(&to_index(vm, &v, c.conv)?, &spec),
        'c' => {
            let byte = match &v {
                Value::Bytes(b) if b.len() == 1 => b[0],
                Value::ByteArray(b) if b.borrow().len() == 1 => b.borrow()[0],
                Value::Bytes(_) | Value::ByteArray(_) | Value::Str(_) => {
                    return Err(type_error(
                        "%c requires an integer in range(256) or a single byte",
                    ));
                }
                _ => match to_index(vm, &v, 'c') {
                    Ok(n) => n.to_u8().ok_or_else(|| {
                        PyErr::new(ExcKind::OverflowError, "%c arg not in range(256)")
                    })?,
                    Err(_) => {
                        return Err(type_error(
                            "%c requires an integer in range(256) or a single byte",
                        ));
                    }
                },
            };
            percent_char(byte as char, &spec)
        }
        _ => percent_float(to_float(vm, &v)?, &spec),
    })
}

/// A `*` width or precision argument.
fn star_arg(vm: &mut Vm, pa: &mut PercentArgs, count: Option<Count>) -> PyResult<Option<i64>> {
    if count != Some(Count::Star) {
        return Ok(None);
    }
    match pa.take()? {
        v @ (Value::Int(_) | Value::Bool(_)) => Ok(Some(vm.index_value(&v)?)),
        Value::BigInt(_) => Err(PyErr::new(
            ExcKind::OverflowError,
            "Python int too large to convert to C ssize_t",
        )),
        _ => Err(type_error("* wants int")),
    }
}

/// Renders one conversion, consuming its arguments.
fn percent_one(vm: &mut Vm, c: &PercentConv, pa: &mut PercentArgs) -> PyResult<String> {
    if let Some(key) = &c.key {
        let Some(m) = pa.mapping.clone() else {
            return Err(type_error("format requires a mapping"));
        };
        // CPython replaces the argument list with the looked-up value.
        let v = vm.get_item(&m, &Value::str(key))?;
        pa.items = vec![v];
        pa.next = 0;
    }
    let star_w = star_arg(vm, pa, c.width)?;
    let star_p = star_arg(vm, pa, c.precision)?;
    let v = pa.take()?;
    c.check_supported().map_err(py_err)?;
    let spec = c.resolve(star_w, star_p);
    Ok(match c.conv {
        's' => percent_str(&vm.to_str(&v)?, &spec),
        'r' => percent_str(&vm.repr(&v)?, &spec),
        'a' => percent_str(&crate::types::repr::ascii(&vm.repr(&v)?), &spec),
        'd' | 'i' | 'u' => percent_int(&to_int(vm, &v, c.conv)?, &spec),
        'o' | 'x' | 'X' => percent_int(&to_index(vm, &v, c.conv)?, &spec),
        'c' => percent_char(to_char(vm, &v)?, &spec),
        _ => percent_float(to_float(vm, &v)?, &spec),
    })
}

/// `int(v)` for `%d`: numbers only; floats truncate.
fn to_int(vm: &mut Vm, v: &Value, conv: char) -> PyResult<BigInt> {
    match v {
        Value::Float(x) => float_to_int(*x),
        Value::Instance(_) if crate::object::class::builtin_payload(v).is_some() => {
            let inner = crate::object::class::builtin_payload(v).unwrap_or_default();
            to_int(vm, &inner, conv)
        }
        Value::Instance(_) => {
            for name in [vm.names.index.clone(), vm.names.int_.clone()] {
                if let Some(r) = vm.call_special(v, &name, vec![])? {
                    return to_int(vm, &r, conv);
                }
            }
            if let Some(r) = vm.call_special(v, &vm.names.float_.clone(), vec![])? {
                return to_int(vm, &r, conv);
            }
            Err(py_err(percent_int_type_error(conv, &vm.type_name(v))))
        }
        _ => int_value(v).ok_or_else(|| py_err(percent_int_type_error(conv, &vm.type_name(v)))),
    }
}

/// `operator.index(v)` for `%x %o`.
fn to_index(vm: &mut Vm, v: &Value, conv: char) -> PyResult<BigInt> {
    if let Some(n) = int_value(v) {
        return Ok(n);
    }
    if let Some(n) = crate::object::class::builtin_payload(v).and_then(|i| int_value(&i)) {
        return Ok(n);
    }
    if matches!(v, Value::Instance(_)) {
        let name = vm.names.index.clone();
        if let Some(r) = vm.call_special(v, &name, vec![])?
            && let Some(n) = int_value(&r)
        {
            return Ok(n);
        }
    }
    Err(py_err(percent_int_type_error(conv, &vm.type_name(v))))
}

fn int_value(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some(b.as_ref().clone()),
        _ => None,
    }
}

fn float_to_int(x: f64) -> PyResult<BigInt> {
    if x.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    BigInt::from_f64(x.trunc()).ok_or_else(|| {
        PyErr::new(
            ExcKind::OverflowError,
            "cannot convert float infinity to integer",
        )
    })
}

/// `float(v)` for `%e %f %g`.
fn to_float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(x) => Ok(*x),
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as i64 as f64),
        Value::BigInt(b) => b
            .to_f64()
            .filter(|x| x.is_finite())
            .ok_or_else(|| PyErr::new(ExcKind::OverflowError, "int too large to convert to float")),
        Value::Instance(_) if crate::object::class::builtin_payload(v).is_some() => {
            let inner = crate::object::class::builtin_payload(v).unwrap_or_default();
            to_float(vm, &inner)
        }
        Value::Instance(_) => {
            for name in [vm.names.float_.clone(), vm.names.index.clone()] {
                if let Some(r) = vm.call_special(v, &name, vec![])? {
                    return to_float(vm, &r);
                }
            }
            Err(type_error(format!(
                "must be real number, not {}",
                vm.type_name(v)
            )))
        }
        _ => Err(type_error(format!(
            "must be real number, not {}",
            vm.type_name(v)
        ))),
    }
}

/// `%c`: a one-character str or an int code point.
fn to_char(vm: &mut Vm, v: &Value) -> PyResult<char> {
    if let Value::Str(s) = v {
        let mut it = s.as_str().chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            return Ok(c);
        }
        return Err(type_error("%c requires int or char"));
    }
    match to_index(vm, v, 'c') {
        Ok(n) => int_to_char(&n).map_err(|e| {
            // CPython's range message for %c names the operator's range.
            if e.kind == ErrKind::OverflowError {
                PyErr::new(ExcKind::OverflowError, "%c arg not in range(0x110000)")
            } else {
                py_err(e)
            }
        }),
        Err(_) => Err(type_error("%c requires int or char")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fmt(vm: &mut Vm, f: &str, args: &[Value]) -> String {
        str_format(vm, f, args, &[]).unwrap_or_else(|e| panic!("{f:?}: {e:?}"))
    }

    fn fmt_err(vm: &mut Vm, f: &str, args: &[Value]) -> String {
        match str_format(vm, f, args, &[]) {
            Err(e) => format!("{e:?}"),
            Ok(s) => panic!("{f:?} gave {s:?}"),
        }
    }

    fn pct(vm: &mut Vm, f: &str, args: Value) -> String {
        percent_format(vm, f, &args).unwrap_or_else(|e| panic!("{f:?}: {e:?}"))
    }

    fn pct_err(vm: &mut Vm, f: &str, args: Value) -> String {
        match percent_format(vm, f, &args) {
            Err(e) => format!("{e:?}"),
            Ok(s) => panic!("{f:?} gave {s:?}"),
        }
    }

    #[test]
    fn format_builtin() {
        let mut vm = Vm::new(vec![]);
        let vm = &mut vm;
        assert_eq!(format_value(vm, &Value::Bool(true), "").unwrap(), "True");
        assert_eq!(format_value(vm, &Value::Bool(true), "d").unwrap(), "1");
        assert_eq!(format_value(vm, &Value::Int(255), "#x").unwrap(), "0xff");
        assert_eq!(
            format_value(vm, &Value::Float(3.14259), ".2f").unwrap(),
            "3.14"
        );
        assert_eq!(format_value(vm, &Value::str("ab"), "^6").unwrap(), "  ab  ");
        assert_eq!(format_value(vm, &Value::None, "").unwrap(), "None");
        let e = format_value(vm, &Value::None, "x").unwrap_err();
        assert!(
            format!("{e:?}").contains("unsupported format string passed to NoneType.__format__")
        );
    }

    #[test]
    fn str_format_fields() {
        let mut vm = Vm::new(vec![]);
        let vm = &mut vm;
        let (a, b) = (Value::Int(1), Value::str("x"));
        assert_eq!(fmt(vm, "{} {}", &[a.clone(), b.clone()]), "1 x");
        assert_eq!(fmt(vm, "{1}{0}{1}", &[a.clone(), b.clone()]), "x1x");
        assert_eq!(
            fmt(vm, "{{}} {0!s:>5}", std::slice::from_ref(&b)),
            "{}     x"
        );
        assert_eq!(
            fmt(
                vm,
                "{:{}.{}f}",
                &[Value::Float(3.14259), Value::Int(8), Value::Int(2)]
            ),
            "    3.14"
        );
        let list = Value::list(vec![Value::Int(7), Value::Int(8)]);
        assert_eq!(fmt(vm, "{0[1]}", &[list]), "8");
        let kw = [(intern("k"), Value::Int(3))];
        assert_eq!(str_format(vm, "{k:03}", &[], &kw).unwrap(), "003");
        assert!(fmt_err(vm, "{} {1}", &[a.clone(), b.clone()]).contains(
            "cannot switch from automatic field numbering to manual field specification"
        ));
        assert!(fmt_err(vm, "{1} {}", &[a.clone(), b.clone()]).contains(
            "cannot switch from manual field specification to automatic field numbering"
        ));
        assert!(
            fmt_err(vm, "{2}", &[a.clone(), b.clone()])
                .contains("Replacement index 2 out of range for positional args tuple")
        );
        assert!(fmt_err(vm, "{x}", &[]).starts_with("KeyError"));
        assert!(fmt_err(vm, "{", &[]).contains("Single '{' encountered in format string"));
        assert!(fmt_err(vm, "}", &[]).contains("Single '}' encountered in format string"));
        assert!(fmt_err(vm, "{a", &[]).contains("expected '}' before end of string"));
        assert!(
            fmt_err(vm, "{0!x}", std::slice::from_ref(&a))
                .contains("Unknown conversion specifier x")
        );
        assert!(
            fmt_err(vm, "{0!rr}", std::slice::from_ref(&a))
                .contains("expected ':' after conversion specifier")
        );
        assert!(
            fmt_err(vm, "{0.}", std::slice::from_ref(&a))
                .contains("Empty attribute in format string")
        );
        assert!(
            fmt_err(vm, "{:{:{}}}", &[a.clone(), a.clone(), a])
                .contains("Max string recursion exceeded")
        );
    }

    #[test]
    fn percent() {
        let mut vm = Vm::new(vec![]);
        let vm = &mut vm;
        let args = Value::tuple(vec![
            Value::str("abcdef"),
            Value::str("x"),
            Value::Int(3),
            Value::Float(1234.5),
            Value::Int(255),
            Value::Float(3.14259),
            Value::Int(65),
        ]);
        assert_eq!(
            pct(vm, "%.3s|%5s|%-5d|%+.2e|%#x|%05.1f|%c", args),
            "abc|    x|3    |+1.23e+03|0xff|003.1|A"
        );
        assert_eq!(
            pct(
                vm,
                "%*d%%",
                Value::tuple(vec![Value::Int(4), Value::Int(7)])
            ),
            "   7%"
        );
        assert_eq!(pct(vm, "%d", Value::Float(-2.7)), "-2");
        // A list counts as a mapping, so unused arguments are not an error.
        assert_eq!(pct(vm, "", Value::list(vec![])), "");
        let d = Value::dict(crate::object::Dict::new());
        if let Value::Dict(dd) = &d {
            vm.dict_set_item(dd, Value::str("n"), Value::Int(5))
                .unwrap();
        }
        assert_eq!(pct(vm, "%(n)03d", d), "005");
        assert!(
            pct_err(vm, "%s %s", Value::Int(1)).contains("not enough arguments for format string")
        );
        assert!(
            pct_err(vm, "", Value::Int(5))
                .contains("not all arguments converted during string formatting")
        );
        assert!(
            pct_err(vm, "%d", Value::str("a"))
                .contains("%d format: a real number is required, not str")
        );
        assert!(
            pct_err(vm, "%x", Value::Float(1.5))
                .contains("%x format: an integer is required, not float")
        );
        assert!(pct_err(vm, "%c", Value::str("ab")).contains("%c requires int or char"));
        assert!(pct_err(vm, "%f", Value::str("a")).contains("must be real number, not str"));
        assert!(pct_err(vm, "%(a)s", Value::Int(1)).contains("format requires a mapping"));
        let star = Value::tuple(vec![Value::str("a"), Value::Int(1)]);
        assert!(pct_err(vm, "%*d", star).contains("* wants int"));
        assert!(
            pct_err(vm, "%y", Value::Int(1))
                .contains("unsupported format character 'y' (0x79) at index 1")
        );
    }
}
