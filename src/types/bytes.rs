//! `bytes` and `bytearray`: constructors, methods and the repr.
//!
//! Methods shared by both types read the receiver's bytes and build a
//! result of the receiver's type, as CPython does.

use crate::error::{PyResult, index_error, type_error, value_error};
use crate::types::str::{
    adjust, arg, decode, encode, encoding_name, errors_name, int_arg, max_args, slice_bound,
};
use crate::value::{Str, Value};
use crate::vm::Vm;
use std::cell::RefCell;
use std::rc::Rc;

/// `x in b` for bytes-like `b`: an int byte or a bytes-like subsequence.
pub fn contains(vm: &mut Vm, container: &Value, x: &Value) -> PyResult<bool> {
    let hay = data(container).unwrap_or_default();
    match x {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => Ok(hay.contains(&byte_value(vm, x)?)),
        _ => match data(x) {
            Some(needle) => Ok(find_sub(&hay, &needle).is_some()),
            None => Err(type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(x)
            ))),
        },
    }
}

/// A copy of a bytes-like value's contents.
fn data(v: &Value) -> Option<Vec<u8>> {
    match v {
        Value::Bytes(b) => Some(b.as_ref().clone()),
        Value::ByteArray(b) => Some(b.borrow().clone()),
        _ => None,
    }
}

/// An int in range(0, 256).
fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let n = match v {
        Value::BigInt(_) => -1,
        _ => vm.index_value(v)?,
    };
    u8::try_from(n).map_err(|_| value_error("byte must be in range(0, 256)"))
}

/// A bytes-like argument ("a bytes-like object is required, not 'str'").
fn bytes_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Vec<u8>> {
    match v {
        Some(v) => data(v).ok_or_else(|| {
            type_error(format!(
                "a bytes-like object is required, not '{}'",
                vm.type_name(v)
            ))
        }),
        None => Err(type_error("expected at least 1 argument, got 0")),
    }
}

/// A search needle: a bytes-like object or a single byte value.
fn needle_arg(vm: &mut Vm, v: Option<&Value>) -> PyResult<Vec<u8>> {
    match v {
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::BigInt(_))) => {
            Ok(vec![byte_value(vm, v)?])
        }
        Some(v) => data(v).ok_or_else(|| {
            type_error(format!(
                "argument should be integer or bytes-like object, not '{}'",
                vm.type_name(v)
            ))
        }),
        None => Err(type_error("expected at least 1 argument, got 0")),
    }
}

/// The receiver's bytes.
fn this(args: &[Value]) -> PyResult<Vec<u8>> {
    args.first()
        .and_then(data)
        .ok_or_else(|| type_error("descriptor requires a 'bytes' object"))
}

/// A result of the same type as the receiver.
fn like(args: &[Value], b: Vec<u8>) -> Value {
    match args.first() {
        Some(Value::ByteArray(_)) => Value::ByteArray(Rc::new(RefCell::new(b))),
        _ => Value::bytes(b),
    }
}

fn find_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(0);
    }
    hay.windows(needle.len()).position(|w| w == needle)
}

fn rfind_sub(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.is_empty() {
        return Some(hay.len());
    }
    hay.windows(needle.len()).rposition(|w| w == needle)
}

/// Splits on every occurrence of a non-empty `sep`.
fn split_all(hay: &[u8], sep: &[u8]) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut rest = hay;
    while let Some(i) = find_sub(rest, sep) {
        out.push(rest[..i].to_vec());
        rest = &rest[i + sep.len()..];
    }
    out.push(rest.to_vec());
    out
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

// ---- repr -----------------------------------------------------------------

/// CPython's `b'...'` repr: single quotes unless the data has `'` and no
/// `"`; `\t \n \r \\` and the quote escaped; other non-printables as `\xNN`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &x in b {
        match x {
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\\' => out.push_str("\\\\"),
            _ if x as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(x as char),
            _ => out.push_str(&format!("\\x{x:02x}")),
        }
    }
    out.push(quote);
    out
}

// ---- constructors ---------------------------------------------------------

/// The contents for `bytes(...)` / `bytearray(...)`.
fn construct(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Str, Value)],
    tname: &str,
) -> PyResult<Vec<u8>> {
    let src = arg(args, kwargs, 0, "source");
    let encoding = arg(args, kwargs, 1, "encoding");
    let errors = arg(args, kwargs, 2, "errors");
    let Some(src) = src else {
        return Ok(Vec::new());
    };
    if let Value::Str(s) = src {
        if encoding.is_none() {
            return Err(type_error("string argument without an encoding"));
        }
        let enc = encoding_name(vm, encoding, tname)?;
        let errs = errors_name(vm, errors, tname)?;
        return encode(s.as_str(), &enc, &errs);
    }
    if encoding.is_some() {
        return Err(type_error("encoding without a string argument"));
    }
    if errors.is_some() {
        return Err(type_error("errors without a string argument"));
    }
    match src {
        Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            let n = vm.index_value(src)?;
            let n = usize::try_from(n).map_err(|_| value_error("negative count"))?;
            Ok(vec![0; n])
        }
        Value::Bytes(_) | Value::ByteArray(_) => Ok(data(src).unwrap_or_default()),
        Value::Float(_) | Value::None => Err(type_error(format!(
            "cannot convert '{}' object to {tname}",
            vm.type_name(src)
        ))),
        _ => {
            let items = vm.collect(src).map_err(|_| {
                type_error(format!(
                    "cannot convert '{}' object to {tname}",
                    vm.type_name(src)
                ))
            })?;
            let mut out = Vec::with_capacity(items.len());
            for item in &items {
                let n = vm.index_value(item)?;
                out.push(
                    u8::try_from(n).map_err(|_| value_error("bytes must be in range(0, 256)"))?,
                );
            }
            Ok(out)
        }
    }
}

fn bytes_new(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    if let [v @ Value::Bytes(_)] = args {
        return Ok(v.clone());
    }
    Ok(Value::bytes(construct(vm, args, kwargs, "bytes")?))
}

fn bytearray_new(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let b = construct(vm, args, kwargs, "bytearray")?;
    Ok(Value::ByteArray(Rc::new(RefCell::new(b))))
}

/// `bytes.fromhex(s)`: pairs of hex digits, white space allowed between
/// pairs.
fn parse_hex(vm: &Vm, args: &[Value]) -> PyResult<Vec<u8>> {
    let s = match args.last() {
        Some(Value::Str(s)) => s.clone(),
        Some(other) => {
            return Err(type_error(format!(
                "fromhex() argument must be str, not {}",
                vm.type_name(other)
            )));
        }
        None => return Err(type_error("fromhex() takes exactly one argument (0 given)")),
    };
    let chars: Vec<char> = s.as_str().chars().collect();
    let bad = |i: usize| {
        value_error(format!(
            "non-hexadecimal number found in fromhex() arg at position {i}"
        ))
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() || chars[i] == '\x0b' {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16).ok_or_else(|| bad(i))?;
        let lo = chars
            .get(i + 1)
            .and_then(|c| c.to_digit(16))
            .ok_or_else(|| bad(i + 1))?;
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    Ok(out)
}

fn bytes_fromhex(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::bytes(parse_hex(vm, args)?))
}

fn bytearray_fromhex(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::ByteArray(Rc::new(RefCell::new(parse_hex(
        vm, args,
    )?))))
}

// ---- shared methods -------------------------------------------------------

fn b_decode(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let b = this(args)?;
    max_args(args, "decode", 2)?;
    let enc = encoding_name(vm, arg(args, kwargs, 1, "encoding"), "decode")?;
    let errs = errors_name(vm, arg(args, kwargs, 2, "errors"), "decode")?;
    Ok(Value::string(decode(&b, &enc, &errs)?))
}

fn b_hex(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let b = this(args)?;
    let sep = match arg(args, kwargs, 1, "sep") {
        None => None,
        Some(Value::Str(s)) if s.char_len() == 1 => s.as_str().chars().next(),
        Some(v) => match data(v) {
            Some(d) if d.len() == 1 => Some(d[0] as char),
            _ => return Err(value_error("sep must be length 1.")),
        },
    };
    let per = int_arg(vm, arg(args, kwargs, 2, "bytes_per_sep"), 1)?;
    let digits: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
    let Some(sep) = sep.filter(|_| per != 0 && !digits.is_empty()) else {
        return Ok(Value::string(digits.concat()));
    };
    // Groups count from the right for positive bytes_per_sep.
    let n = per.unsigned_abs() as usize;
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        let first = digits.len() % n;
        if first > 0 {
            groups.push(digits[..first].concat());
        }
        groups.extend(digits[first..].chunks(n).map(|c| c.concat()));
    } else {
        groups.extend(digits.chunks(n).map(|c| c.concat()));
    }
    Ok(Value::string(groups.join(&sep.to_string())))
}

fn b_join(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let sep = this(args)?;
    let Some(iterable) = args.get(1) else {
        return Err(type_error("join() takes exactly one argument (0 given)"));
    };
    let items = vm.collect(iterable)?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let Some(d) = data(item) else {
            return Err(type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                vm.type_name(item)
            )));
        };
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend(d);
    }
    Ok(like(args, out))
}

fn b_split(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    split_impl(vm, args, kwargs, false)
}

fn b_rsplit(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    split_impl(vm, args, kwargs, true)
}

fn split_impl(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Str, Value)],
    from_right: bool,
) -> PyResult<Value> {
    let b = this(args)?;
    let sep = match arg(args, kwargs, 1, "sep") {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, Some(v))?),
    };
    // A negative maxsplit means no limit.
    let max =
        usize::try_from(int_arg(vm, arg(args, kwargs, 2, "maxsplit"), -1)?).unwrap_or(usize::MAX);
    let mut parts = match &sep {
        Some(s) if s.is_empty() => return Err(value_error("empty separator")),
        Some(s) => split_sep(&b, s, max, from_right),
        None => split_ws(&b, max, from_right),
    };
    if from_right {
        parts.reverse();
    }
    Ok(Value::list(
        parts.into_iter().map(|p| like(args, p)).collect(),
    ))
}

/// Splits on a non-empty separator, at most `max` times; from the right
/// the pieces come out last-first.
fn split_sep(b: &[u8], sep: &[u8], max: usize, from_right: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut rest = b;
    while out.len() < max {
        let found = if from_right {
            rfind_sub(rest, sep)
        } else {
            find_sub(rest, sep)
        };
        let Some(i) = found else { break };
        if from_right {
            out.push(rest[i + sep.len()..].to_vec());
            rest = &rest[..i];
        } else {
            out.push(rest[..i].to_vec());
            rest = &rest[i + sep.len()..];
        }
    }
    out.push(rest.to_vec());
    out
}

/// Splits on runs of ASCII white space, at most `max` times; the
/// remainder keeps its inner spaces but loses the leading run.
fn split_ws(b: &[u8], max: usize, from_right: bool) -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    let mut rest = trim(b, is_space, !from_right, from_right);
    while !rest.is_empty() {
        if out.len() >= max {
            out.push(rest.to_vec());
            break;
        }
        if from_right {
            let start = rest.iter().rposition(|&x| is_space(x)).map_or(0, |i| i + 1);
            out.push(rest[start..].to_vec());
            rest = trim(&rest[..start], is_space, false, true);
        } else {
            let end = rest.iter().position(|&x| is_space(x)).unwrap_or(rest.len());
            out.push(rest[..end].to_vec());
            rest = trim(&rest[end..], is_space, true, false);
        }
    }
    out
}

fn trim(b: &[u8], pred: impl Fn(u8) -> bool, left: bool, right: bool) -> &[u8] {
    let mut s = 0;
    let mut e = b.len();
    if left {
        while s < e && pred(b[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && pred(b[e - 1]) {
            e -= 1;
        }
    }
    &b[s..e]
}

fn strip_impl(vm: &mut Vm, args: &[Value], left: bool, right: bool) -> PyResult<Value> {
    let b = this(args)?;
    let chars = match args.get(1) {
        None | Some(Value::None) => None,
        Some(v) => Some(bytes_arg(vm, Some(v))?),
    };
    let out = match &chars {
        None => trim(&b, is_space, left, right),
        Some(set) => trim(&b, |x| set.contains(&x), left, right),
    };
    Ok(like(args, out.to_vec()))
}

fn b_strip(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, true, true)
}
fn b_lstrip(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, true, false)
}
fn b_rstrip(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    strip_impl(vm, args, false, true)
}

fn b_replace(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let b = this(args)?;
    let old = bytes_arg(vm, args.get(1))?;
    let new = bytes_arg(vm, args.get(2))?;
    let count = int_arg(vm, arg(args, kwargs, 3, "count"), -1)?;
    let mut left = usize::try_from(count).unwrap_or(usize::MAX);
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    if old.is_empty() {
        // An empty pattern matches before every byte and at the end.
        while left > 0 && i <= b.len() {
            out.extend_from_slice(&new);
            if i < b.len() {
                out.push(b[i]);
            }
            i += 1;
            left -= 1;
        }
        if i <= b.len() {
            out.extend_from_slice(&b[i.min(b.len())..]);
        }
        return Ok(like(args, out));
    }
    while left > 0 {
        match find_sub(&b[i..], &old) {
            Some(j) => {
                out.extend_from_slice(&b[i..i + j]);
                out.extend_from_slice(&new);
                i += j + old.len();
                left -= 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&b[i..]);
    Ok(like(args, out))
}

/// find/rfind/index/rindex: the index or None.
fn search(vm: &mut Vm, args: &[Value], from_right: bool) -> PyResult<Option<usize>> {
    let b = this(args)?;
    let needle = needle_arg(vm, args.get(1))?;
    let start = slice_bound(vm, args.get(2))?;
    let end = slice_bound(vm, args.get(3))?;
    let Some((s, e)) = adjust(start, end, b.len()) else {
        return Ok(None);
    };
    let hay = &b[s..e];
    let found = if from_right {
        rfind_sub(hay, &needle)
    } else {
        find_sub(hay, &needle)
    };
    Ok(found.map(|i| i + s))
}

fn found_or(v: Option<usize>) -> Value {
    Value::Int(v.map_or(-1, |i| i as i64))
}

fn b_find(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(found_or(search(vm, args, false)?))
}
fn b_rfind(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(found_or(search(vm, args, true)?))
}
fn b_index(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    search(vm, args, false)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| value_error("subsection not found"))
}
fn b_rindex(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    search(vm, args, true)?
        .map(|i| Value::Int(i as i64))
        .ok_or_else(|| value_error("subsection not found"))
}

fn b_count(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let b = this(args)?;
    let needle = needle_arg(vm, args.get(1))?;
    let start = slice_bound(vm, args.get(2))?;
    let end = slice_bound(vm, args.get(3))?;
    let Some((s, e)) = adjust(start, end, b.len()) else {
        return Ok(Value::Int(0));
    };
    let hay = &b[s..e];
    let n = if needle.is_empty() {
        hay.len() + 1
    } else {
        split_all(hay, &needle).len() - 1
    };
    Ok(Value::Int(n as i64))
}

fn affix(vm: &mut Vm, args: &[Value], at_end: bool) -> PyResult<Value> {
    let b = this(args)?;
    let fname = if at_end { "endswith" } else { "startswith" };
    let candidates: Vec<Vec<u8>> = match args.get(1) {
        Some(Value::Tuple(t)) => {
            let mut v = Vec::new();
            for item in t.iter() {
                v.push(data(item).ok_or_else(|| {
                    type_error(format!(
                        "a bytes-like object is required, not '{}'",
                        vm.type_name(item)
                    ))
                })?);
            }
            v
        }
        Some(x) => vec![data(x).ok_or_else(|| {
            type_error(format!(
                "{fname} first arg must be bytes or a tuple of bytes, not {}",
                vm.type_name(x)
            ))
        })?],
        None => {
            return Err(type_error(format!(
                "{fname}() takes at least 1 argument (0 given)"
            )));
        }
    };
    let start = slice_bound(vm, args.get(2))?;
    let end = slice_bound(vm, args.get(3))?;
    let Some((s, e)) = adjust(start, end, b.len()) else {
        return Ok(Value::Bool(false));
    };
    let hay = &b[s..e];
    Ok(Value::Bool(candidates.iter().any(|p| {
        if at_end {
            hay.ends_with(p)
        } else {
            hay.starts_with(p)
        }
    })))
}

fn b_startswith(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    affix(vm, args, false)
}
fn b_endswith(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    affix(vm, args, true)
}

fn b_upper(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(like(args, this(args)?.to_ascii_uppercase()))
}
fn b_lower(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(like(args, this(args)?.to_ascii_lowercase()))
}

fn all_bytes(args: &[Value], f: impl Fn(u8) -> bool) -> PyResult<Value> {
    let b = this(args)?;
    Ok(Value::Bool(!b.is_empty() && b.iter().all(|&x| f(x))))
}
fn b_isdigit(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    all_bytes(args, |x| x.is_ascii_digit())
}
fn b_isalpha(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    all_bytes(args, |x| x.is_ascii_alphabetic())
}
fn b_isalnum(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    all_bytes(args, |x| x.is_ascii_alphanumeric())
}
fn b_isspace(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    all_bytes(args, is_space)
}
fn b_isupper(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let b = this(args)?;
    Ok(Value::Bool(
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase),
    ))
}
fn b_islower(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let b = this(args)?;
    Ok(Value::Bool(
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase),
    ))
}

fn partition_impl(vm: &mut Vm, args: &[Value], from_right: bool) -> PyResult<Value> {
    let b = this(args)?;
    let sep = bytes_arg(vm, args.get(1))?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let found = if from_right {
        rfind_sub(&b, &sep)
    } else {
        find_sub(&b, &sep)
    };
    let parts = match found {
        Some(i) => [b[..i].to_vec(), sep.clone(), b[i + sep.len()..].to_vec()],
        None if from_right => [Vec::new(), Vec::new(), b],
        None => [b, Vec::new(), Vec::new()],
    };
    Ok(Value::tuple(
        parts.into_iter().map(|p| like(args, p)).collect(),
    ))
}
fn b_partition(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    partition_impl(vm, args, false)
}
fn b_rpartition(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    partition_impl(vm, args, true)
}

/// The width and fill byte of `center`/`ljust`/`rjust`.
fn pad_args(vm: &mut Vm, args: &[Value], fname: &str) -> PyResult<(usize, u8)> {
    if args.len() < 2 {
        return Err(type_error(format!(
            "{fname} expected at least 1 argument, got 0"
        )));
    }
    if args.len() > 3 {
        return Err(type_error(format!(
            "{fname} expected at most 2 arguments, got {}",
            args.len() - 1
        )));
    }
    let width = usize::try_from(int_arg(vm, args.get(1), 0)?).unwrap_or(0);
    let fill = match args.get(2) {
        None => b' ',
        Some(v) => match data(v) {
            Some(d) if d.len() == 1 => d[0],
            _ => {
                return Err(type_error(format!(
                    "{fname}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(v)
                )));
            }
        },
    };
    Ok((width, fill))
}

/// Pads to `width` with `left` fill bytes before and the rest after.
fn padded(b: &[u8], width: usize, fill: u8, left: usize) -> Vec<u8> {
    let pad = width.saturating_sub(b.len());
    let mut out = Vec::with_capacity(b.len() + pad);
    out.extend(std::iter::repeat_n(fill, left));
    out.extend_from_slice(b);
    out.extend(std::iter::repeat_n(fill, pad - left));
    out
}

fn b_center(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let b = this(args)?;
    let (width, fill) = pad_args(vm, args, "center")?;
    let pad = width.saturating_sub(b.len());
    // CPython's rounding: the extra byte goes left when both are odd.
    let left = pad / 2 + (pad & width & 1);
    Ok(like(args, padded(&b, width, fill, left)))
}
fn b_ljust(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let b = this(args)?;
    let (width, fill) = pad_args(vm, args, "ljust")?;
    Ok(like(args, padded(&b, width, fill, 0)))
}
fn b_rjust(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let b = this(args)?;
    let (width, fill) = pad_args(vm, args, "rjust")?;
    let pad = width.saturating_sub(b.len());
    Ok(like(args, padded(&b, width, fill, pad)))
}

fn b_zfill(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let b = this(args)?;
    let Some(w) = args.get(1) else {
        return Err(type_error("zfill() takes exactly one argument (0 given)"));
    };
    let width = usize::try_from(int_arg(vm, Some(w), 0)?).unwrap_or(0);
    let pad = width.saturating_sub(b.len());
    let mut out = padded(&b, width, b'0', pad);
    if pad > 0 && matches!(b.first(), Some(b'+' | b'-')) {
        out[0] = b[0];
        out[pad] = b'0';
    }
    Ok(like(args, out))
}

fn b_title(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let mut b = this(args)?;
    let mut prev_cased = false;
    for x in b.iter_mut() {
        if x.is_ascii_alphabetic() {
            *x = if prev_cased {
                x.to_ascii_lowercase()
            } else {
                x.to_ascii_uppercase()
            };
            prev_cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(like(args, b))
}
fn b_istitle(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let b = this(args)?;
    let (mut cased, mut prev_cased) = (false, false);
    for x in &b {
        if x.is_ascii_uppercase() {
            if prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else if x.is_ascii_lowercase() {
            if !prev_cased {
                return Ok(Value::Bool(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(Value::Bool(cased))
}
fn b_swapcase(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let mut b = this(args)?;
    for x in b.iter_mut() {
        if x.is_ascii_alphabetic() {
            *x ^= 0x20;
        }
    }
    Ok(like(args, b))
}
fn b_capitalize(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let mut b = this(args)?.to_ascii_lowercase();
    if let Some(first) = b.first_mut() {
        *first = first.to_ascii_uppercase();
    }
    Ok(like(args, b))
}
fn b_isascii(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::Bool(this(args)?.is_ascii()))
}

fn b_splitlines(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let b = this(args)?;
    let keep = match arg(args, kwargs, 1, "keepends") {
        None => false,
        Some(v) => vm.truthy(v)?,
    };
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let eol = match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => {
                i += 1;
                continue;
            }
        };
        let end = if keep { i + eol } else { i };
        parts.push(like(args, b[start..end].to_vec()));
        i += eol;
        start = i;
    }
    if start < b.len() {
        parts.push(like(args, b[start..].to_vec()));
    }
    Ok(Value::list(parts))
}

fn b_translate(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let b = this(args)?;
    let table = match args.get(1) {
        None => {
            return Err(type_error(
                "translate() takes at least 1 argument (0 given)",
            ));
        }
        Some(Value::None) => None,
        Some(v) => {
            let t = bytes_arg(vm, Some(v))?;
            if t.len() != 256 {
                return Err(value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match arg(args, kwargs, 2, "delete") {
        None => Vec::new(),
        Some(v) => bytes_arg(vm, Some(v))?,
    };
    let out = b
        .iter()
        .filter(|x| !delete.contains(x))
        .map(|&x| table.as_ref().map_or(x, |t| t[x as usize]))
        .collect();
    Ok(like(args, out))
}

fn b_maketrans(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    if args.len() != 2 {
        return Err(type_error(format!(
            "maketrans expected 2 arguments, got {}",
            args.len()
        )));
    }
    let from = bytes_arg(vm, args.first())?;
    let to = bytes_arg(vm, args.get(1))?;
    if from.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(Value::bytes(table))
}

fn affix_remove(vm: &mut Vm, args: &[Value], suffix: bool) -> PyResult<Value> {
    let b = this(args)?;
    let a = bytes_arg(vm, args.get(1))?;
    let out = if suffix {
        b.strip_suffix(a.as_slice()).unwrap_or(&b)
    } else {
        b.strip_prefix(a.as_slice()).unwrap_or(&b)
    };
    Ok(like(args, out.to_vec()))
}
fn b_removeprefix(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    affix_remove(vm, args, false)
}
fn b_removesuffix(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    affix_remove(vm, args, true)
}

fn b_len(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::Int(this(args)?.len() as i64))
}

fn b_contains(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let (Some(c), Some(x)) = (args.first(), args.get(1)) else {
        return Err(type_error("expected 1 argument, got 0"));
    };
    Ok(Value::Bool(contains(vm, c, x)?))
}

// ---- bytearray mutation -----------------------------------------------------

fn cell(args: &[Value]) -> PyResult<Rc<RefCell<Vec<u8>>>> {
    match args.first() {
        Some(Value::ByteArray(b)) => Ok(b.clone()),
        _ => Err(type_error("descriptor requires a 'bytearray' object")),
    }
}

fn ba_append(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let b = cell(args)?;
    let Some(v) = args.get(1) else {
        return Err(type_error(
            "bytearray.append() takes exactly one argument (0 given)",
        ));
    };
    let x = byte_value(vm, v)?;
    b.borrow_mut().push(x);
    Ok(Value::None)
}

fn ba_extend(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let b = cell(args)?;
    let Some(src) = args.get(1) else {
        return Err(type_error(
            "bytearray.extend() takes exactly one argument (0 given)",
        ));
    };
    let new = match data(src) {
        Some(d) => d,
        None if matches!(src, Value::Str(_)) => {
            return Err(type_error("expected iterable of integers; got: 'str'"));
        }
        None => {
            let items = vm.collect(src).map_err(|_| {
                type_error(format!("can't extend bytearray with {}", vm.type_name(src)))
            })?;
            let mut out = Vec::with_capacity(items.len());
            for item in &items {
                out.push(byte_value(vm, item)?);
            }
            out
        }
    };
    b.borrow_mut().extend(new);
    Ok(Value::None)
}

fn ba_pop(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let b = cell(args)?;
    let i = int_arg(vm, args.get(1), -1)?;
    let mut v = b.borrow_mut();
    if v.is_empty() {
        return Err(index_error("pop from empty bytearray"));
    }
    let idx = crate::vm::protocol::norm_index(i, v.len())
        .ok_or_else(|| index_error("pop index out of range"))?;
    Ok(Value::Int(v.remove(idx) as i64))
}

fn ba_insert(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let b = cell(args)?;
    let (Some(i), Some(x)) = (args.get(1), args.get(2)) else {
        return Err(type_error(format!(
            "insert expected 2 arguments, got {}",
            args.len().saturating_sub(1)
        )));
    };
    let i = int_arg(vm, Some(i), 0)?;
    let x = byte_value(vm, x)?;
    let mut v = b.borrow_mut();
    let len = v.len() as i64;
    let idx = if i < 0 { (i + len).max(0) } else { i.min(len) };
    v.insert(idx as usize, x);
    Ok(Value::None)
}

fn ba_remove(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let b = cell(args)?;
    let x = byte_value(vm, args.get(1).unwrap_or(&Value::None))?;
    let mut v = b.borrow_mut();
    match v.iter().position(|&y| y == x) {
        Some(i) => {
            v.remove(i);
            Ok(Value::None)
        }
        None => Err(value_error("value not found in bytearray")),
    }
}

fn ba_clear(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    cell(args)?.borrow_mut().clear();
    Ok(Value::None)
}

fn ba_reverse(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    cell(args)?.borrow_mut().reverse();
    Ok(Value::None)
}

fn ba_copy(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(like(args, this(args)?))
}

/// Adds the constructors and methods of `bytes` and `bytearray`.
pub fn register(vm: &mut Vm) {
    let shared: &[(&'static str, crate::object::NativeFn)] = &[
        ("decode", b_decode),
        ("hex", b_hex),
        ("join", b_join),
        ("split", b_split),
        ("rsplit", b_rsplit),
        ("strip", b_strip),
        ("lstrip", b_lstrip),
        ("rstrip", b_rstrip),
        ("replace", b_replace),
        ("find", b_find),
        ("rfind", b_rfind),
        ("index", b_index),
        ("rindex", b_rindex),
        ("count", b_count),
        ("startswith", b_startswith),
        ("endswith", b_endswith),
        ("upper", b_upper),
        ("lower", b_lower),
        ("isdigit", b_isdigit),
        ("isalpha", b_isalpha),
        ("isalnum", b_isalnum),
        ("isspace", b_isspace),
        ("isupper", b_isupper),
        ("islower", b_islower),
        ("partition", b_partition),
        ("rpartition", b_rpartition),
        ("center", b_center),
        ("ljust", b_ljust),
        ("rjust", b_rjust),
        ("zfill", b_zfill),
        ("title", b_title),
        ("istitle", b_istitle),
        ("swapcase", b_swapcase),
        ("capitalize", b_capitalize),
        ("isascii", b_isascii),
        ("splitlines", b_splitlines),
        ("translate", b_translate),
        ("removeprefix", b_removeprefix),
        ("removesuffix", b_removesuffix),
        ("__len__", b_len),
        ("__contains__", b_contains),
    ];
    let bytes = vm.types.bytes.clone();
    let bytearray = vm.types.bytearray.clone();
    for cls in [&bytes, &bytearray] {
        for &(name, f) in shared {
            vm.add_method(cls, name, f);
        }
    }
    vm.add_method(&bytes, "__new__", bytes_new);
    vm.add_method(&bytearray, "__new__", bytearray_new);
    let mutators: &[(&'static str, crate::object::NativeFn)] = &[
        ("append", ba_append),
        ("extend", ba_extend),
        ("pop", ba_pop),
        ("insert", ba_insert),
        ("remove", ba_remove),
        ("clear", ba_clear),
        ("reverse", ba_reverse),
        ("copy", ba_copy),
    ];
    for &(name, f) in mutators {
        vm.add_method(&bytearray, name, f);
    }
    for (cls, f) in [
        (&bytes, bytes_fromhex as crate::object::NativeFn),
        (&bytearray, bytearray_fromhex),
    ] {
        let qual = format!("{}.fromhex", cls.name());
        let native = vm.native("fromhex", qual, f);
        cls.dict.borrow_mut().set_str(
            crate::value::intern("fromhex"),
            Value::StaticMethod(Rc::new(native)),
        );
    }
    for cls in [&bytes, &bytearray] {
        let qual = format!("{}.maketrans", cls.name());
        let native = vm.native("maketrans", qual, b_maketrans);
        cls.dict.borrow_mut().set_str(
            crate::value::intern("maketrans"),
            Value::StaticMethod(Rc::new(native)),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(x: &[u8]) -> Value {
        Value::bytes(x.to_vec())
    }

    fn raw(v: PyResult<Value>) -> Vec<u8> {
        match v {
            Ok(v) => data(&v).unwrap_or_else(|| panic!("not bytes: {v:?}")),
            Err(e) => panic!("error {e:?}"),
        }
    }

    fn err(v: PyResult<Value>) -> String {
        match v {
            Err(e) => format!("{e:?}"),
            Ok(v) => panic!("expected error, got {v:?}"),
        }
    }

    #[test]
    fn repr_rules() {
        assert_eq!(bytes_repr(b"a'b"), "b\"a'b\"");
        assert_eq!(bytes_repr(b"a'\"b"), "b'a\\'\"b'");
        assert_eq!(
            bytes_repr(b"\t\n\r\\\x00\xff"),
            "b'\\t\\n\\r\\\\\\x00\\xff'"
        );
    }

    #[test]
    fn constructors() {
        let mut vm = Vm::new(vec![]);
        let vm = &mut vm;
        assert_eq!(raw(bytes_new(vm, &[Value::Int(3)], &[])), [0, 0, 0]);
        let items = Value::list(vec![Value::Int(104), Value::Int(105)]);
        assert_eq!(raw(bytes_new(vm, &[items], &[])), b"hi");
        assert_eq!(
            raw(bytes_new(vm, &[Value::str("é"), Value::str("utf-8")], &[])),
            [0xc3, 0xa9]
        );
        assert!(
            err(bytes_new(vm, &[Value::Float(1.5)], &[]))
                .contains("cannot convert 'float' object to bytes")
        );
        assert!(err(bytes_new(vm, &[Value::Int(-1)], &[])).contains("negative count"));
        assert!(
            err(bytes_new(vm, &[Value::str("a")], &[]))
                .contains("string argument without an encoding")
        );
        let big = Value::list(vec![Value::Int(300)]);
        assert!(err(bytearray_new(vm, &[big], &[])).contains("bytes must be in range(0, 256)"));
        assert_eq!(
            raw(bytes_fromhex(vm, &[Value::str(" 01 02ff ")], &[])),
            [1, 2, 255]
        );
        assert!(
            err(bytes_fromhex(vm, &[Value::str("0g")], &[]))
                .contains("non-hexadecimal number found in fromhex() arg at position 1")
        );
    }

    #[test]
    fn methods() {
        let mut vm = Vm::new(vec![]);
        let vm = &mut vm;
        let parts = |v: PyResult<Value>| match v {
            Ok(Value::List(l)) => l.borrow().iter().filter_map(data).collect::<Vec<_>>(),
            other => panic!("{other:?}"),
        };
        assert_eq!(
            parts(b_split(vm, &[b(b" a  b ")], &[])),
            [b"a".to_vec(), b"b".to_vec()]
        );
        assert_eq!(
            parts(b_split(
                vm,
                &[b(b" a  b c"), Value::None, Value::Int(1)],
                &[]
            )),
            [b"a".to_vec(), b"b c".to_vec()]
        );
        assert_eq!(
            parts(b_rsplit(vm, &[b(b"a,b,c"), b(b","), Value::Int(1)], &[])),
            [b"a,b".to_vec(), b"c".to_vec()]
        );
        assert_eq!(raw(b_strip(vm, &[b(b"xxaxx"), b(b"x")], &[])), b"a");
        assert_eq!(
            raw(b_replace(vm, &[b(b"abc"), b(b""), b(b"-")], &[])),
            b"-a-b-c-"
        );
        assert_eq!(
            raw(b_replace(
                vm,
                &[b(b"aaa"), b(b"a"), b(b"b"), Value::Int(2)],
                &[]
            )),
            b"bba"
        );
        assert!(matches!(
            b_find(vm, &[b(b"abc"), Value::Int(99)], &[]),
            Ok(Value::Int(2))
        ));
        assert!(matches!(
            b_count(vm, &[b(b"aaaa"), b(b"aa")], &[]),
            Ok(Value::Int(2))
        ));
        assert!(
            err(b_find(vm, &[b(b"a"), Value::str("a")], &[]))
                .contains("argument should be integer or bytes-like object, not 'str'")
        );
        let joined = b_join(vm, &[b(b"-"), Value::list(vec![b(b"a"), b(b"b")])], &[]);
        assert_eq!(raw(joined), b"a-b");
        assert!(
            matches!(b_hex(vm, &[b(b"\x01\xff")], &[]), Ok(Value::Str(s)) if s.as_str() == "01ff")
        );
        assert!(matches!(
            b_hex(vm, &[b(b"\x01\x02\x03"), Value::str(":"), Value::Int(2)], &[]),
            Ok(Value::Str(s)) if s.as_str() == "01:0203"
        ));
        assert!(matches!(b_decode(vm, &[b(b"hi")], &[]), Ok(Value::Str(s)) if s.as_str() == "hi"));
    }

    #[test]
    fn bytearray_mutation_and_contains() {
        let mut vm = Vm::new(vec![]);
        let vm = &mut vm;
        let ba = bytearray_new(vm, &[b(b"ab")], &[]).unwrap();
        ba_append(vm, &[ba.clone(), Value::Int(99)], &[]).unwrap();
        ba_extend(vm, &[ba.clone(), b(b"de")], &[]).unwrap();
        assert!(matches!(
            ba_pop(vm, std::slice::from_ref(&ba), &[]),
            Ok(Value::Int(101))
        ));
        ba_reverse(vm, std::slice::from_ref(&ba), &[]).unwrap();
        assert_eq!(data(&ba).unwrap(), b"dcba");
        // Methods on a bytearray return bytearrays.
        assert!(matches!(
            b_upper(vm, std::slice::from_ref(&ba), &[]),
            Ok(Value::ByteArray(_))
        ));
        assert!(
            err(ba_append(vm, &[ba.clone(), Value::Int(300)], &[]))
                .contains("byte must be in range(0, 256)")
        );
        ba_clear(vm, std::slice::from_ref(&ba), &[]).unwrap();
        assert!(err(ba_pop(vm, &[ba], &[])).contains("pop from empty bytearray"));
        assert!(contains(vm, &b(b"abc"), &Value::Int(98)).unwrap());
        assert!(contains(vm, &b(b"abc"), &b(b"bc")).unwrap());
        let e = contains(vm, &b(b"abc"), &Value::str("a")).unwrap_err();
        assert!(format!("{e:?}").contains("a bytes-like object is required, not 'str'"));
    }
}
