//! `str`: the constructor and methods. Indexes are code points, as in
//! Python; byte offsets never leak out of this file.

use crate::error::{ExcKind, PyErr, PyResult, type_error, value_error};
use crate::value::{Str, Value};
use crate::vm::Vm;
use num_bigint::Sign;

/// Python's `str.isspace()` per character: Unicode white space plus the
/// ASCII information separators `\x1c`..`\x1f`, which Rust leaves out.
pub fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Line boundaries recognised by `splitlines` (besides `\r\n`).
fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// The receiver of a str method.
fn this(args: &[Value]) -> PyResult<Str> {
    match args.first() {
        Some(Value::Str(s)) => Ok(s.clone()),
        _ => Err(type_error("descriptor requires a 'str' object")),
    }
}

/// Argument `i` (counting self as 0) given positionally or by keyword.
pub(crate) fn arg<'a>(
    args: &'a [Value],
    kwargs: &'a [(Str, Value)],
    i: usize,
    name: &str,
) -> Option<&'a Value> {
    args.get(i).or_else(|| {
        kwargs
            .iter()
            .find(|(k, _)| k.as_str() == name)
            .map(|(_, v)| v)
    })
}

/// Rejects extra positional arguments with CPython's message.
pub(crate) fn max_args(args: &[Value], fname: &str, max: usize) -> PyResult<()> {
    let given = args.len().saturating_sub(1);
    if given > max {
        return Err(type_error(format!(
            "{fname}() takes at most {max} argument{} ({given} given)",
            if max == 1 { "" } else { "s" }
        )));
    }
    Ok(())
}

/// A required str argument ("must be str, not int").
fn str_arg(vm: &Vm, v: Option<&Value>, fname: &str) -> PyResult<Str> {
    match v {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(other) => Err(type_error(format!(
            "must be str, not {}",
            vm.type_name(other)
        ))),
        None => Err(type_error(format!(
            "{fname}() takes at least 1 argument (0 given)"
        ))),
    }
}

/// An optional str-or-None argument.
fn opt_str_arg(vm: &Vm, v: Option<&Value>) -> PyResult<Option<Str>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(s)) => Ok(Some(s.clone())),
        Some(other) => Err(type_error(format!(
            "must be str or None, not {}",
            vm.type_name(other)
        ))),
    }
}

/// An int argument with a default; big ints saturate (they only ever mean
/// "huge" for counts and widths).
pub(crate) fn int_arg(vm: &mut Vm, v: Option<&Value>, default: i64) -> PyResult<i64> {
    match v {
        None => Ok(default),
        Some(Value::BigInt(b)) => Ok(if b.sign() == Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        }),
        Some(v) => vm.index_value(v),
    }
}

/// A slice bound for find/count/startswith: None or an index-like value.
pub(crate) fn slice_bound(vm: &mut Vm, v: Option<&Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(Value::BigInt(b)) => Ok(Some(if b.sign() == Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        })),
        Some(v @ (Value::Int(_) | Value::Bool(_) | Value::Instance(_))) => {
            vm.index_value(v).map(Some).map_err(|_| slice_type_error())
        }
        Some(_) => Err(slice_type_error()),
    }
}

fn slice_type_error() -> PyErr {
    type_error("slice indices must be integers or None or have an __index__ method")
}

/// Clamps Python slice bounds to `0..=len`, like `PySlice_AdjustIndices`.
/// Returns None when start is past the end (find gives -1 even for "").
pub(crate) fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> Option<(usize, usize)> {
    let len_i = len as i64;
    let fix = |i: i64| if i < 0 { (i + len_i).max(0) } else { i };
    let s = fix(start.unwrap_or(0));
    let e = fix(end.unwrap_or(len_i)).min(len_i);
    if s > len_i || s > e {
        return None;
    }
    Some((s as usize, e as usize))
}

/// Byte offset of code point `cp` in `s` (the end if past it).
fn byte_at(s: &str, cp: usize) -> usize {
    s.char_indices().nth(cp).map_or(s.len(), |(b, _)| b)
}

/// Code-point count of `s[..b]`.
fn cp_at(s: &str, b: usize) -> usize {
    s[..b].chars().count()
}

/// The receiver's text between optional start/end code-point bounds,
/// with the code-point offset of its start; None if the range is empty
/// in the "start past end" sense.
fn window<'a>(
    vm: &mut Vm,
    s: &'a str,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<Option<(&'a str, usize)>> {
    let start = slice_bound(vm, start)?;
    let end = slice_bound(vm, end)?;
    let len = s.chars().count();
    Ok(adjust(start, end, len).map(|(a, b)| {
        let (ba, bb) = (byte_at(s, a), byte_at(s, b));
        (&s[ba..bb], a)
    }))
}

fn bool_val(b: bool) -> Value {
    Value::Bool(b)
}

// ---- constructor ----------------------------------------------------------

/// `str()`, `str(x)`, `str(b, encoding[, errors])`.
fn str_new(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    if args.len() > 3 {
        return Err(type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            args.len()
        )));
    }
    let obj = arg(args, kwargs, 0, "object");
    let encoding = arg(args, kwargs, 1, "encoding");
    let errors = arg(args, kwargs, 2, "errors");
    let Some(obj) = obj else {
        return Ok(Value::str(""));
    };
    if encoding.is_none() && errors.is_none() {
        return match obj {
            Value::Str(_) => Ok(obj.clone()),
            _ => Ok(Value::string(vm.to_str(obj)?)),
        };
    }
    let data = match obj {
        Value::Bytes(b) => b.as_ref().clone(),
        Value::ByteArray(b) => b.borrow().clone(),
        Value::Str(_) => return Err(type_error("decoding str is not supported")),
        other => {
            return Err(type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                vm.type_name(other)
            )));
        }
    };
    let enc = encoding_name(vm, encoding, "str")?;
    let errs = errors_name(vm, errors, "str")?;
    Ok(Value::string(decode(&data, &enc, &errs)?))
}

// ---- codecs ---------------------------------------------------------------

/// The codecs pyproc knows, by CPython's normalized alias rules.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    /// UTF-16; `None` byte order means "BOM-marked" (`utf-16`).
    Utf16(Option<Endian>),
    /// UTF-32; `None` byte order means "BOM-marked" (`utf-32`).
    Utf32(Option<Endian>),
}

/// A fixed byte order for the UTF-16/32 codecs.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Endian {
    Little,
    Big,
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Utf16(None) => "utf-16",
            Codec::Utf16(Some(Endian::Little)) => "utf-16-le",
            Codec::Utf16(Some(Endian::Big)) => "utf-16-be",
            Codec::Utf32(None) => "utf-32",
            Codec::Utf32(Some(Endian::Little)) => "utf-32-le",
            Codec::Utf32(Some(Endian::Big)) => "utf-32-be",
        }
    }
}

/// Looks an encoding name up ("UTF-8", "utf8", "latin1", "iso-8859-1", ...).
pub fn lookup_codec(name: &str) -> PyResult<Codec> {
    let norm: String = name
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == ' ' || c == '-' { '_' } else { c })
        .collect();
    match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" => Ok(Codec::Utf8),
        "ascii" | "us_ascii" | "646" => Ok(Codec::Ascii),
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" => {
            Ok(Codec::Latin1)
        }
        "utf_16" | "utf16" | "u16" => Ok(Codec::Utf16(None)),
        "utf_16_le" | "utf_16le" => Ok(Codec::Utf16(Some(Endian::Little))),
        "utf_16_be" | "utf_16be" => Ok(Codec::Utf16(Some(Endian::Big))),
        "utf_32" | "utf32" | "u32" => Ok(Codec::Utf32(None)),
        "utf_32_le" | "utf_32le" => Ok(Codec::Utf32(Some(Endian::Little))),
        "utf_32_be" | "utf_32be" => Ok(Codec::Utf32(Some(Endian::Big))),
        _ => Err(PyErr::new(
            ExcKind::LookupError,
            format!("unknown encoding: {name}"),
        )),
    }
}

/// The `encoding` argument (default utf-8) as a string.
pub(crate) fn encoding_name(vm: &Vm, v: Option<&Value>, fname: &str) -> PyResult<String> {
    match v {
        None => Ok("utf-8".into()),
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(other) => Err(type_error(format!(
            "{fname}() argument 'encoding' must be str, not {}",
            vm.type_name(other)
        ))),
    }
}

/// The `errors` argument (default strict) as a string.
pub(crate) fn errors_name(vm: &Vm, v: Option<&Value>, fname: &str) -> PyResult<String> {
    match v {
        None => Ok("strict".into()),
        Some(Value::Str(s)) => Ok(s.as_str().to_string()),
        Some(other) => Err(type_error(format!(
            "{fname}() argument 'errors' must be str, not {}",
            vm.type_name(other)
        ))),
    }
}

fn unknown_handler(errors: &str) -> PyErr {
    PyErr::new(
        ExcKind::LookupError,
        format!("unknown error handler name '{errors}'"),
    )
}

/// `"position 3"` or `"position 3-4"` for codec error messages.
fn positions(start: usize, end: usize) -> String {
    if end - start == 1 {
        format!("position {start}")
    } else {
        format!("position {start}-{}", end - 1)
    }
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup_codec(encoding)?;
    let limit: u32 = match codec {
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Ascii => 128,
        Codec::Latin1 => 256,
        Codec::Utf16(order) => return Ok(encode_utf16(s, order)),
        Codec::Utf32(order) => return Ok(encode_utf32(s, order)),
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        // CPython reports the whole run of unencodable characters at once.
        let run_end = (i..chars.len())
            .find(|&j| (chars[j] as u32) < limit)
            .unwrap_or(chars.len());
        match errors {
            "strict" => {
                let what = if run_end - i == 1 {
                    format!("character {}", char_repr(c))
                } else {
                    "characters".to_string()
                };
                return Err(PyErr::new(
                    ExcKind::UnicodeEncodeError,
                    format!(
                        "'{}' codec can't encode {what} in {}: ordinal not in range({limit})",
                        codec.name(),
                        positions(i, run_end)
                    ),
                ));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', run_end - i)),
            "backslashreplace" => {
                for &c in &chars[i..run_end] {
                    out.extend(escape_char(c).bytes());
                }
            }
            "xmlcharrefreplace" => {
                for &c in &chars[i..run_end] {
                    out.extend(format!("&#{};", c as u32).bytes());
                }
            }
            _ => return Err(unknown_handler(errors)),
        }
        i = run_end;
    }
    Ok(out)
}

/// `'\xe9'`-style repr of one character, for codec messages.
fn char_repr(c: char) -> String {
    format!("'{}'", escape_char(c))
}

/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`.
fn escape_char(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// `b.decode(encoding, errors)`.
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    match lookup_codec(encoding)? {
        Codec::Utf8 => decode_utf8(b, errors),
        Codec::Latin1 => Ok(b.iter().map(|&x| x as char).collect()),
        Codec::Ascii => decode_ascii(b, errors),
        Codec::Utf16(order) => decode_utf16(b, order, errors),
        Codec::Utf32(order) => decode_utf32(b, order, errors),
    }
}

/// UTF-16 encoding; the BOM-marked codec writes a little-endian BOM and
/// little-endian units, as CPython does on little-endian hosts.
fn encode_utf16(s: &str, order: Option<Endian>) -> Vec<u8> {
    let mut out = Vec::with_capacity(2 * s.len() + 2);
    let order = order.unwrap_or_else(|| {
        out.extend_from_slice(&[0xff, 0xfe]);
        Endian::Little
    });
    for unit in s.encode_utf16() {
        out.extend_from_slice(&match order {
            Endian::Little => unit.to_le_bytes(),
            Endian::Big => unit.to_be_bytes(),
        });
    }
    out
}

/// UTF-32 encoding (BOM rules as [`encode_utf16`]).
fn encode_utf32(s: &str, order: Option<Endian>) -> Vec<u8> {
    let mut out = Vec::with_capacity(4 * s.len() + 4);
    let order = order.unwrap_or_else(|| {
        out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
        Endian::Little
    });
    for c in s.chars() {
        out.extend_from_slice(&match order {
            Endian::Little => (c as u32).to_le_bytes(),
            Endian::Big => (c as u32).to_be_bytes(),
        });
    }
    out
}

/// A UnicodeDecodeError for `b[start..end]`.
fn decode_error(codec: &str, b: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let what = if end - start == 1 {
        format!("byte 0x{:02x} in position {start}", b[start])
    } else {
        format!("bytes in {}", positions(start, end))
    };
    PyErr::new(
        ExcKind::UnicodeDecodeError,
        format!("'{codec}' codec can't decode {what}: {reason}"),
    )
}

/// Applies a decode error handler to the bad bytes `b[start..end]`.
fn decode_bad(
    out: &mut String,
    codec: &str,
    b: &[u8],
    (start, end): (usize, usize),
    reason: &str,
    errors: &str,
) -> PyResult<()> {
    match errors {
        "strict" => return Err(decode_error(codec, b, start, end, reason)),
        "ignore" => {}
        "replace" => out.push('\u{fffd}'),
        "backslashreplace" => {
            for x in &b[start..end] {
                out.push_str(&format!("\\x{x:02x}"));
            }
        }
        _ => return Err(unknown_handler(errors)),
    }
    Ok(())
}

/// UTF-16 decoding; the BOM-marked codec honours and strips a leading BOM
/// (little-endian without one).
fn decode_utf16(b: &[u8], order: Option<Endian>, errors: &str) -> PyResult<String> {
    let codec = Codec::Utf16(order).name();
    let (order, mut i) = match order {
        Some(o) => (o, 0),
        None => match b {
            [0xff, 0xfe, ..] => (Endian::Little, 2),
            [0xfe, 0xff, ..] => (Endian::Big, 2),
            _ => (Endian::Little, 0),
        },
    };
    let unit = |i: usize| {
        let pair = [b[i], b[i + 1]];
        match order {
            Endian::Little => u16::from_le_bytes(pair),
            Endian::Big => u16::from_be_bytes(pair),
        }
    };
    let mut out = String::with_capacity(b.len() / 2);
    while i < b.len() {
        if i + 1 >= b.len() {
            decode_bad(&mut out, codec, b, (i, b.len()), "truncated data", errors)?;
            break;
        }
        let u = unit(i);
        match u {
            0xd800..=0xdbff => {
                if i + 3 >= b.len() {
                    let reason = if i + 2 < b.len() {
                        "truncated data"
                    } else {
                        "unexpected end of data"
                    };
                    decode_bad(&mut out, codec, b, (i, b.len()), reason, errors)?;
                    break;
                }
                let lo = unit(i + 2);
                if (0xdc00..=0xdfff).contains(&lo) {
                    let c = 0x10000 + ((u32::from(u) - 0xd800) << 10) + (u32::from(lo) - 0xdc00);
                    out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                    i += 4;
                } else {
                    decode_bad(
                        &mut out,
                        codec,
                        b,
                        (i, i + 2),
                        "illegal UTF-16 surrogate",
                        errors,
                    )?;
                    i += 2;
                }
            }
            0xdc00..=0xdfff => {
                decode_bad(&mut out, codec, b, (i, i + 2), "illegal encoding", errors)?;
                i += 2;
            }
            _ => {
                out.push(char::from_u32(u32::from(u)).unwrap_or('\u{fffd}'));
                i += 2;
            }
        }
    }
    Ok(out)
}

/// UTF-32 decoding (BOM rules as [`decode_utf16`]).
fn decode_utf32(b: &[u8], order: Option<Endian>, errors: &str) -> PyResult<String> {
    let codec = Codec::Utf32(order).name();
    let (order, mut i) = match order {
        Some(o) => (o, 0),
        None => match b {
            [0xff, 0xfe, 0, 0, ..] => (Endian::Little, 4),
            [0, 0, 0xfe, 0xff, ..] => (Endian::Big, 4),
            _ => (Endian::Little, 0),
        },
    };
    let mut out = String::with_capacity(b.len() / 4);
    while i < b.len() {
        if i + 3 >= b.len() {
            decode_bad(&mut out, codec, b, (i, b.len()), "truncated data", errors)?;
            break;
        }
        let quad = [b[i], b[i + 1], b[i + 2], b[i + 3]];
        let c = match order {
            Endian::Little => u32::from_le_bytes(quad),
            Endian::Big => u32::from_be_bytes(quad),
        };
        match char::from_u32(c) {
            Some(ch) => out.push(ch),
            None => {
                let reason = if (0xd800..0xe000).contains(&c) {
                    "code point in surrogate code point range(0xd800, 0xe000)"
                } else {
                    "code point not in range(0x110000)"
                };
                decode_bad(&mut out, codec, b, (i, i + 4), reason, errors)?;
            }
        }
        i += 4;
    }
    Ok(out)
}

fn decode_ascii(b: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(b.len());
    for (i, &x) in b.iter().enumerate() {
        if x < 128 {
            out.push(x as char);
            continue;
        }
        match errors {
            "strict" => {
                return Err(PyErr::new(
                    ExcKind::UnicodeDecodeError,
                    format!(
                        "'ascii' codec can't decode byte 0x{x:02x} in position {i}: ordinal not in range(128)"
                    ),
                ));
            }
            "ignore" => {}
            "replace" => out.push('\u{fffd}'),
            "backslashreplace" => out.push_str(&format!("\\x{x:02x}")),
            _ => return Err(unknown_handler(errors)),
        }
    }
    Ok(out)
}

/// UTF-8 decoding; Rust's error lengths are the "maximal subparts" CPython
/// replaces, so `replace` gives the same number of U+FFFDs.
fn decode_utf8(b: &[u8], errors: &str) -> PyResult<String> {
    let mut out = String::with_capacity(b.len());
    let mut rest = b;
    let mut offset = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                // Safe: the prefix was just validated.
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                let bad_len = e.error_len().unwrap_or(rest.len() - good);
                let bad = &rest[good..good + bad_len];
                let pos = offset + good;
                match errors {
                    "strict" => return Err(utf8_error(bad, pos, e.error_len().is_none())),
                    "ignore" => {}
                    "replace" => out.push('\u{fffd}'),
                    "backslashreplace" => {
                        for x in bad {
                            out.push_str(&format!("\\x{x:02x}"));
                        }
                    }
                    _ => return Err(unknown_handler(errors)),
                }
                rest = &rest[good + bad_len..];
                offset = pos + bad_len;
            }
        }
    }
}

fn utf8_error(bad: &[u8], pos: usize, at_end: bool) -> PyErr {
    let first = bad.first().copied().unwrap_or(0);
    let reason = if at_end {
        "unexpected end of data"
    } else if bad.len() == 1 && !(0xc2..=0xf4).contains(&first) {
        "invalid start byte"
    } else {
        "invalid continuation byte"
    };
    let what = if bad.len() == 1 {
        format!("byte 0x{first:02x} in position {pos}")
    } else {
        format!("bytes in {}", positions(pos, pos + bad.len()))
    };
    PyErr::new(
        ExcKind::UnicodeDecodeError,
        format!("'utf-8' codec can't decode {what}: {reason}"),
    )
}

fn str_encode(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let s = this(args)?;
    max_args(args, "encode", 2)?;
    let enc = encoding_name(vm, arg(args, kwargs, 1, "encoding"), "encode")?;
    let errs = errors_name(vm, arg(args, kwargs, 2, "errors"), "encode")?;
    Ok(Value::bytes(encode(s.as_str(), &enc, &errs)?))
}

// ---- join / split ---------------------------------------------------------

fn str_join(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let sep = this(args)?;
    let Some(iterable) = args.get(1) else {
        return Err(type_error(
            "str.join() takes exactly one argument (0 given)",
        ));
    };
    let items = match iterable {
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(t) => t.as_ref().clone(),
        other => {
            if vm.get_iter(other).is_err() {
                return Err(type_error("can only join an iterable"));
            }
            vm.collect(other)?
        }
    };
    let mut out = String::new();
    for (i, item) in items.iter().enumerate() {
        let Value::Str(s) = item else {
            return Err(type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                vm.type_name(item)
            )));
        };
        if i > 0 {
            out.push_str(sep.as_str());
        }
        out.push_str(s.as_str());
    }
    Ok(Value::string(out))
}

/// `split()` with no separator: runs of white space separate, and leading
/// or trailing white space yields no empty strings.
fn split_whitespace(s: &str, maxsplit: i64) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(is_py_space);
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            out.push(rest.to_string());
            break;
        }
        let end = rest.find(is_py_space).unwrap_or(rest.len());
        out.push(rest[..end].to_string());
        rest = rest[end..].trim_start_matches(is_py_space);
    }
    out
}

/// `rsplit()` with no separator.
fn rsplit_whitespace(s: &str, maxsplit: i64) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s.trim_end_matches(is_py_space);
    while !rest.is_empty() {
        if maxsplit >= 0 && out.len() as i64 >= maxsplit {
            out.push(rest.to_string());
            break;
        }
        let start = rest.rfind(is_py_space).map_or(0, |b| {
            b + rest[b..].chars().next().map_or(1, char::len_utf8)
        });
        out.push(rest[start..].to_string());
        rest = rest[..start].trim_end_matches(is_py_space);
    }
    out.reverse();
    out
}

fn split_args(
    vm: &mut Vm,
    args: &[Value],
    kwargs: &[(Str, Value)],
    fname: &str,
) -> PyResult<(Str, Option<Str>, i64)> {
    let s = this(args)?;
    max_args(args, fname, 2)?;
    let sep = opt_str_arg(vm, arg(args, kwargs, 1, "sep"))?;
    let maxsplit = int_arg(vm, arg(args, kwargs, 2, "maxsplit"), -1)?;
    if sep.as_ref().is_some_and(|p| p.as_str().is_empty()) {
        return Err(value_error("empty separator"));
    }
    Ok((s, sep, maxsplit))
}

fn str_list(parts: Vec<String>) -> Value {
    Value::list(parts.into_iter().map(Value::string).collect())
}

fn str_split(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let (s, sep, maxsplit) = split_args(vm, args, kwargs, "split")?;
    let parts = match sep {
        None => split_whitespace(s.as_str(), maxsplit),
        Some(sep) => match usize::try_from(maxsplit) {
            Ok(n) => s
                .as_str()
                .splitn(n.saturating_add(1), sep.as_str())
                .map(String::from)
                .collect(),
            Err(_) => s.as_str().split(sep.as_str()).map(String::from).collect(),
        },
    };
    Ok(str_list(parts))
}

fn str_rsplit(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let (s, sep, maxsplit) = split_args(vm, args, kwargs, "rsplit")?;
    let parts = match sep {
        None => rsplit_whitespace(s.as_str(), maxsplit),
        Some(sep) => {
            let mut v: Vec<String> = match usize::try_from(maxsplit) {
                Ok(n) => s
                    .as_str()
                    .rsplitn(n.saturating_add(1), sep.as_str())
                    .map(String::from)
                    .collect(),
                Err(_) => s.as_str().rsplit(sep.as_str()).map(String::from).collect(),
            };
            v.reverse();
            v
        }
    };
    Ok(str_list(parts))
}

fn str_splitlines(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let s = this(args)?;
    max_args(args, "splitlines", 1)?;
    let keepends = match arg(args, kwargs, 1, "keepends") {
        Some(v) => vm.truthy(v)?,
        None => false,
    };
    let text = s.as_str();
    let mut out = Vec::new();
    let mut start = 0;
    let mut iter = text.char_indices().peekable();
    while let Some((b, c)) = iter.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut end = b + c.len_utf8();
        if c == '\r' && iter.peek().is_some_and(|&(_, n)| n == '\n') {
            iter.next();
            end += 1;
        }
        out.push(text[start..if keepends { end } else { b }].to_string());
        start = end;
    }
    if start < text.len() {
        out.push(text[start..].to_string());
    }
    Ok(str_list(out))
}

fn str_partition(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    partition(vm, args, false)
}

fn str_rpartition(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    partition(vm, args, true)
}

fn partition(vm: &mut Vm, args: &[Value], from_right: bool) -> PyResult<Value> {
    let s = this(args)?;
    let fname = if from_right {
        "rpartition"
    } else {
        "partition"
    };
    let sep = str_arg(vm, args.get(1), fname)?;
    if sep.as_str().is_empty() {
        return Err(value_error("empty separator"));
    }
    let text = s.as_str();
    let found = if from_right {
        text.rfind(sep.as_str())
    } else {
        text.find(sep.as_str())
    };
    let parts = match found {
        Some(b) => [&text[..b], sep.as_str(), &text[b + sep.as_str().len()..]],
        None if from_right => ["", "", text],
        None => [text, "", ""],
    };
    Ok(Value::tuple(parts.iter().map(|p| Value::str(p)).collect()))
}

// ---- strip / replace ------------------------------------------------------

#[derive(Clone, Copy)]
enum Side {
    Left,
    Right,
    Both,
}

fn strip(_vm: &mut Vm, args: &[Value], side: Side, fname: &str) -> PyResult<Value> {
    let s = this(args)?;
    max_args(args, fname, 1)?;
    let chars: Option<Vec<char>> = match args.get(1) {
        None | Some(Value::None) => None,
        Some(Value::Str(c)) => Some(c.as_str().chars().collect()),
        Some(_) => return Err(type_error(format!("{fname} arg must be None or str"))),
    };
    let pred = |c: char| match &chars {
        None => is_py_space(c),
        Some(set) => set.contains(&c),
    };
    let text = s.as_str();
    let out = match side {
        Side::Left => text.trim_start_matches(pred),
        Side::Right => text.trim_end_matches(pred),
        Side::Both => text.trim_matches(pred),
    };
    if out.len() == text.len() {
        return Ok(Value::Str(s.clone()));
    }
    Ok(Value::str(out))
}

fn str_strip(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    strip(vm, args, Side::Both, "strip")
}
fn str_lstrip(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    strip(vm, args, Side::Left, "lstrip")
}
fn str_rstrip(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    strip(vm, args, Side::Right, "rstrip")
}

fn str_replace(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let s = this(args)?;
    let pick = |i: usize| match args.get(i) {
        Some(Value::Str(x)) => Ok(x.clone()),
        Some(other) => Err(type_error(format!(
            "replace() argument {i} must be str, not {}",
            vm.type_name(other)
        ))),
        None => Err(type_error(format!(
            "replace expected at least 2 arguments, got {}",
            args.len().saturating_sub(1)
        ))),
    };
    let old = pick(1)?;
    let new = pick(2)?;
    let count = int_arg(vm, arg(args, kwargs, 3, "count"), -1)?;
    let text = s.as_str();
    let out = match usize::try_from(count) {
        Ok(n) => text.replacen(old.as_str(), new.as_str(), n),
        Err(_) => text.replace(old.as_str(), new.as_str()),
    };
    Ok(Value::string(out))
}

/// `removeprefix` / `removesuffix`.
fn remove_affix(vm: &mut Vm, args: &[Value], at_end: bool) -> PyResult<Value> {
    let s = this(args)?;
    let fname = if at_end {
        "removesuffix"
    } else {
        "removeprefix"
    };
    let affix = str_arg(vm, args.get(1), fname)?;
    let text = s.as_str();
    let stripped = if at_end {
        text.strip_suffix(affix.as_str())
    } else {
        text.strip_prefix(affix.as_str())
    };
    match stripped {
        Some(rest) if !affix.as_str().is_empty() => Ok(Value::str(rest)),
        _ => Ok(Value::Str(s)),
    }
}

fn str_removeprefix(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    remove_affix(vm, args, false)
}
fn str_removesuffix(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    remove_affix(vm, args, true)
}

// ---- searching ------------------------------------------------------------

/// Shared body of find/rfind/index/rindex: the code-point index or None.
fn search(vm: &mut Vm, args: &[Value], from_right: bool) -> PyResult<Option<usize>> {
    let s = this(args)?;
    let sub = str_arg(vm, args.get(1), if from_right { "rfind" } else { "find" })?;
    let Some((hay, base)) = window(vm, s.as_str(), args.get(2), args.get(3))? else {
        return Ok(None);
    };
    let found = if from_right {
        hay.rfind(sub.as_str())
    } else {
        hay.find(sub.as_str())
    };
    Ok(found.map(|b| base + cp_at(hay, b)))
}

fn found_or(found: Option<usize>) -> Value {
    Value::Int(found.map_or(-1, |i| i as i64))
}

fn str_find(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(found_or(search(vm, args, false)?))
}
fn str_rfind(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(found_or(search(vm, args, true)?))
}
fn str_index(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    match search(vm, args, false)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error("substring not found")),
    }
}
fn str_rindex(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    match search(vm, args, true)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => Err(value_error("substring not found")),
    }
}

fn str_count(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let s = this(args)?;
    let sub = str_arg(vm, args.get(1), "count")?;
    let Some((hay, _)) = window(vm, s.as_str(), args.get(2), args.get(3))? else {
        return Ok(Value::Int(0));
    };
    let n = if sub.as_str().is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(sub.as_str()).count()
    };
    Ok(Value::Int(n as i64))
}

fn affix(vm: &mut Vm, args: &[Value], at_end: bool) -> PyResult<Value> {
    let s = this(args)?;
    let fname = if at_end { "endswith" } else { "startswith" };
    let candidates: Vec<Str> = match args.get(1) {
        Some(Value::Str(p)) => vec![p.clone()],
        Some(Value::Tuple(t)) => {
            let mut v = Vec::with_capacity(t.len());
            for item in t.iter() {
                match item {
                    Value::Str(p) => v.push(p.clone()),
                    other => {
                        return Err(type_error(format!(
                            "tuple for {fname} must only contain str, not {}",
                            vm.type_name(other)
                        )));
                    }
                }
            }
            v
        }
        Some(other) => {
            return Err(type_error(format!(
                "{fname} first arg must be str or a tuple of str, not {}",
                vm.type_name(other)
            )));
        }
        None => {
            return Err(type_error(format!(
                "{fname}() takes at least 1 argument (0 given)"
            )));
        }
    };
    let Some((hay, _)) = window(vm, s.as_str(), args.get(2), args.get(3))? else {
        return Ok(bool_val(false));
    };
    Ok(bool_val(candidates.iter().any(|p| {
        if at_end {
            hay.ends_with(p.as_str())
        } else {
            hay.starts_with(p.as_str())
        }
    })))
}

fn str_startswith(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    affix(vm, args, false)
}
fn str_endswith(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    affix(vm, args, true)
}

// ---- case -----------------------------------------------------------------

/// A character with case (CPython's "cased": Lu, Ll or Lt).
fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase()
}

fn map_text(args: &[Value], f: impl Fn(&str) -> String) -> PyResult<Value> {
    let s = this(args)?;
    Ok(Value::string(f(s.as_str())))
}

fn str_upper(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    map_text(args, str::to_uppercase)
}
fn str_lower(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    map_text(args, str::to_lowercase)
}
fn str_casefold(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    // Full case folding differs from lowercasing mainly for sharp s and
    // final sigma; those are the cases programs meet.
    map_text(args, |s| {
        s.chars()
            .map(|c| match c {
                'ß' | 'ẞ' => "ss".to_string(),
                'ς' => "σ".to_string(),
                c => c.to_lowercase().collect(),
            })
            .collect()
    })
}
fn str_swapcase(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    map_text(args, |s| {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            if c.is_uppercase() {
                out.extend(c.to_lowercase());
            } else if c.is_lowercase() {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
        }
        out
    })
}
fn str_title(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    map_text(args, |s| {
        let mut out = String::with_capacity(s.len());
        let mut prev_cased = false;
        for c in s.chars() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                out.extend(c.to_uppercase());
            }
            prev_cased = is_cased(c);
        }
        out
    })
}
fn str_capitalize(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    map_text(args, |s| {
        let mut chars = s.chars();
        let mut out = String::with_capacity(s.len());
        if let Some(first) = chars.next() {
            out.extend(first.to_uppercase());
        }
        for c in chars {
            out.extend(c.to_lowercase());
        }
        out
    })
}

// ---- padding --------------------------------------------------------------

fn fill_arg(vm: &Vm, v: Option<&Value>) -> PyResult<char> {
    match v {
        None => Ok(' '),
        Some(Value::Str(f)) => {
            let mut it = f.as_str().chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c),
                _ => Err(type_error(
                    "The fill character must be exactly one character long",
                )),
            }
        }
        Some(other) => Err(type_error(format!(
            "The fill character must be a unicode character, not {}",
            vm.type_name(other)
        ))),
    }
}

#[derive(Clone, Copy)]
enum Justify {
    Left,
    Right,
    Center,
}

fn pad(vm: &mut Vm, args: &[Value], how: Justify) -> PyResult<Value> {
    let s = this(args)?;
    let width = match args.get(1) {
        Some(v) => int_arg(vm, Some(v), 0)?,
        None => {
            let name = match how {
                Justify::Left => "ljust",
                Justify::Right => "rjust",
                Justify::Center => "center",
            };
            return Err(type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )));
        }
    };
    let fill = fill_arg(vm, args.get(2))?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(Value::Str(s));
    }
    let marg = width - len;
    let left = match how {
        Justify::Left => 0,
        Justify::Right => marg,
        // CPython's rounding: the odd pad goes left only for odd widths.
        Justify::Center => marg / 2 + (marg & width & 1),
    };
    let rep = |n: i64| std::iter::repeat_n(fill, n as usize);
    let mut out = String::new();
    out.extend(rep(left));
    out.push_str(s.as_str());
    out.extend(rep(marg - left));
    Ok(Value::string(out))
}

fn str_center(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    pad(vm, args, Justify::Center)
}
fn str_ljust(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    pad(vm, args, Justify::Left)
}
fn str_rjust(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    pad(vm, args, Justify::Right)
}

fn str_zfill(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let s = this(args)?;
    let width = int_arg(vm, args.get(1), 0)?;
    let len = s.char_len() as i64;
    if width <= len {
        return Ok(Value::Str(s));
    }
    let text = s.as_str();
    let (sign, digits) = match text.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &text[1..]),
        _ => (String::new(), text),
    };
    let zeros = "0".repeat((width - len) as usize);
    Ok(Value::string(format!("{sign}{zeros}{digits}")))
}

fn str_expandtabs(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let s = this(args)?;
    let tabsize = int_arg(vm, arg(args, kwargs, 1, "tabsize"), 8)?;
    let mut out = String::with_capacity(s.as_str().len());
    let mut col: i64 = 0;
    for c in s.as_str().chars() {
        match c {
            '\t' => {
                if tabsize > 0 {
                    let n = tabsize - col % tabsize;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(Value::string(out))
}

// ---- predicates -----------------------------------------------------------

/// True when the string is non-empty and every character passes.
fn all_chars(args: &[Value], f: impl Fn(char) -> bool) -> PyResult<Value> {
    let s = this(args)?;
    let text = s.as_str();
    Ok(bool_val(!text.is_empty() && text.chars().all(f)))
}

fn is_decimal(c: char) -> bool {
    crate::format::decimal_value(c).is_some()
}

/// Digits: decimals plus superscripts, subscripts and circled digits
/// (Numeric_Type=Digit).
fn is_digit(c: char) -> bool {
    is_decimal(c)
        || matches!(c, '²' | '³' | '¹' | '⁰' | '⁴'..='⁹' | '₀'..='₉' | '①'..='⑨' | '⑴'..='⑼' | '⒈'..='⒐')
}

fn is_alpha(c: char) -> bool {
    c.is_alphabetic() && !c.is_numeric()
}

fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    !(c.is_control()
        || c.is_whitespace()
        || matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}'
            | '\u{e000}'..='\u{f8ff}'))
}

fn str_isdigit(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    all_chars(args, is_digit)
}
fn str_isdecimal(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    all_chars(args, is_decimal)
}
fn str_isnumeric(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    all_chars(args, |c| c.is_numeric() || is_digit(c))
}
fn str_isalpha(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    all_chars(args, is_alpha)
}
fn str_isalnum(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    all_chars(args, |c| is_alpha(c) || c.is_numeric() || is_digit(c))
}
fn str_isspace(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    all_chars(args, is_py_space)
}
fn str_isascii(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    // Unlike the others, "" is ASCII.
    Ok(bool_val(this(args)?.as_str().is_ascii()))
}
fn str_isprintable(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    // "" is printable.
    Ok(bool_val(this(args)?.as_str().chars().all(is_printable)))
}
fn str_isupper(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let s = this(args)?;
    let t = s.as_str();
    Ok(bool_val(
        t.chars().any(is_cased) && !t.chars().any(char::is_lowercase),
    ))
}
fn str_islower(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let s = this(args)?;
    let t = s.as_str();
    Ok(bool_val(
        t.chars().any(is_cased) && !t.chars().any(char::is_uppercase),
    ))
}
fn str_istitle(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let s = this(args)?;
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.as_str().chars() {
        if c.is_uppercase() {
            if prev_cased {
                return Ok(bool_val(false));
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return Ok(bool_val(false));
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    Ok(bool_val(cased))
}
fn str_isidentifier(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let s = this(args)?;
    let mut chars = s.as_str().chars();
    let ok = match chars.next() {
        Some(first) => {
            (first == '_' || is_alpha(first)) && chars.all(|c| c == '_' || c.is_alphanumeric())
        }
        None => false,
    };
    Ok(bool_val(ok))
}

// ---- formatting, translate, dunders ----------------------------------------

fn str_format(vm: &mut Vm, args: &[Value], kwargs: &[(Str, Value)]) -> PyResult<Value> {
    let s = this(args)?;
    let out = crate::types::formatting::str_format(vm, s.as_str(), &args[1..], kwargs)?;
    Ok(Value::string(out))
}

fn str_format_map(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let s = this(args)?;
    let Some(mapping) = args.get(1) else {
        return Err(type_error(
            "format_map() takes exactly one argument (0 given)",
        ));
    };
    let out = crate::types::formatting::str_format_map(vm, s.as_str(), mapping)?;
    Ok(Value::string(out))
}

fn str_len(_vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    Ok(Value::Int(this(args)?.char_len() as i64))
}

fn str_contains(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let s = this(args)?;
    match args.get(1) {
        Some(Value::Str(sub)) => Ok(bool_val(s.as_str().contains(sub.as_str()))),
        Some(other) => Err(type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            vm.type_name(other)
        ))),
        None => Err(type_error("expected 1 argument, got 0")),
    }
}

/// `str.maketrans(x[, y[, z]])`: a dict from code points to code points,
/// strings or None.
fn str_maketrans(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let d = Value::dict(crate::object::Dict::new());
    let Value::Dict(dict) = &d else {
        return Ok(d);
    };
    match args {
        [Value::Dict(src)] => {
            let pairs: Vec<(Value, Value)> = {
                let src = src.clone();
                let keys = vm.collect(&Value::Dict(src.clone()))?;
                let mut out = Vec::new();
                for k in keys {
                    let v = vm.get_item(&Value::Dict(src.clone()), &k)?;
                    out.push((k, v));
                }
                out
            };
            for (k, v) in pairs {
                let key = match &k {
                    Value::Str(s) if s.char_len() == 1 => {
                        Value::Int(s.as_str().chars().next().map_or(0, |c| c as i64))
                    }
                    Value::Int(_) => k.clone(),
                    _ => {
                        return Err(value_error(
                            "string keys in translate table must be of length 1",
                        ));
                    }
                };
                vm.dict_set_item(dict, key, v)?;
            }
        }
        [_] => {
            return Err(type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        }
        [Value::Str(x), Value::Str(y), rest @ ..] if rest.len() <= 1 => {
            if x.char_len() != y.char_len() {
                return Err(value_error(
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (a, b) in x.as_str().chars().zip(y.as_str().chars()) {
                vm.dict_set_item(dict, Value::Int(a as i64), Value::Int(b as i64))?;
            }
            match rest.first() {
                Some(Value::Str(z)) => {
                    for c in z.as_str().chars() {
                        vm.dict_set_item(dict, Value::Int(c as i64), Value::None)?;
                    }
                }
                Some(other) => {
                    return Err(type_error(format!(
                        "maketrans() argument 3 must be str, not {}",
                        vm.type_name(other)
                    )));
                }
                None => {}
            }
        }
        [_, _, ..] if args.len() <= 3 => {
            return Err(type_error(
                "maketrans() argument 2 must be str, not ..."
                    .replace("...", &vm.type_name(&args[1])),
            ));
        }
        _ => {
            return Err(type_error(format!(
                "maketrans() takes at most 3 arguments ({} given)",
                args.len()
            )));
        }
    }
    Ok(d)
}

fn str_translate(vm: &mut Vm, args: &[Value], _kw: &[(Str, Value)]) -> PyResult<Value> {
    let s = this(args)?;
    let Some(table) = args.get(1).cloned() else {
        return Err(type_error(
            "translate() takes exactly one argument (0 given)",
        ));
    };
    let mut out = String::with_capacity(s.as_str().len());
    for c in s.as_str().chars() {
        // A missing key (LookupError) leaves the character alone.
        let mapped = match vm.get_item(&table, &Value::Int(c as i64)) {
            Ok(v) => v,
            Err(e) if is_lookup_error(vm, e.lazy_kind()) => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match mapped {
            Value::None => {}
            Value::Str(r) => out.push_str(r.as_str()),
            Value::Int(n) => match u32::try_from(n).ok().and_then(char::from_u32) {
                Some(ch) => out.push(ch),
                None => {
                    return Err(value_error("character mapping must be in range(0x110000)"));
                }
            },
            other => {
                return Err(type_error(format!(
                    "character mapping must return integer, None or str, not {}",
                    vm.type_name(&other)
                )));
            }
        }
    }
    Ok(Value::string(out))
}

fn is_lookup_error(_vm: &Vm, kind: Option<ExcKind>) -> bool {
    matches!(
        kind,
        Some(ExcKind::KeyError | ExcKind::IndexError | ExcKind::LookupError)
    )
}

/// Adds `str`'s constructor and methods to its class.
pub fn register(vm: &mut Vm) {
    let cls = vm.types.str_.clone();
    let methods: &[(&'static str, crate::object::NativeFn)] = &[
        ("__new__", str_new),
        ("join", str_join),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("splitlines", str_splitlines),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("replace", str_replace),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("upper", str_upper),
        ("lower", str_lower),
        ("title", str_title),
        ("capitalize", str_capitalize),
        ("swapcase", str_swapcase),
        ("casefold", str_casefold),
        ("center", str_center),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("zfill", str_zfill),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("isdigit", str_isdigit),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("isidentifier", str_isidentifier),
        ("isnumeric", str_isnumeric),
        ("isdecimal", str_isdecimal),
        ("istitle", str_istitle),
        ("isascii", str_isascii),
        ("isprintable", str_isprintable),
        ("expandtabs", str_expandtabs),
        ("encode", str_encode),
        ("format", str_format),
        ("format_map", str_format_map),
        ("translate", str_translate),
        ("__len__", str_len),
        ("__contains__", str_contains),
    ];
    for &(name, f) in methods {
        vm.add_method(&cls, name, f);
    }
    let mk = vm.native("maketrans", "str.maketrans".into(), str_maketrans);
    cls.dict.borrow_mut().set_str(
        crate::value::intern("maketrans"),
        Value::StaticMethod(std::rc::Rc::new(mk)),
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(x: &str) -> Value {
        Value::str(x)
    }

    fn text(v: PyResult<Value>) -> String {
        match v {
            Ok(Value::Str(s)) => s.as_str().to_string(),
            other => panic!("expected str, got {other:?}"),
        }
    }

    fn strs(v: PyResult<Value>) -> Vec<String> {
        match v {
            Ok(Value::List(l)) => l
                .borrow()
                .iter()
                .map(|x| match x {
                    Value::Str(s) => s.as_str().to_string(),
                    other => panic!("not a str: {other:?}"),
                })
                .collect(),
            other => panic!("expected list, got {other:?}"),
        }
    }

    fn int(v: PyResult<Value>) -> i64 {
        match v {
            Ok(Value::Int(i)) => i,
            other => panic!("expected int, got {other:?}"),
        }
    }

    fn err(v: PyResult<Value>) -> String {
        match v {
            Err(e) => format!("{e:?}"),
            Ok(v) => panic!("expected error, got {v:?}"),
        }
    }

    #[test]
    fn splitting() {
        let mut vm = Vm::new(vec![]);
        let vm = &mut vm;
        assert_eq!(strs(str_split(vm, &[s("  a  b c ")], &[])), ["a", "b", "c"]);
        assert_eq!(
            strs(str_split(
                vm,
                &[s("  a  b c "), Value::None, Value::Int(1)],
                &[]
            )),
            ["a", "b c "]
        );
        assert_eq!(
            strs(str_split(vm, &[s("a,,b"), s(",")], &[])),
            ["a", "", "b"]
        );
        assert_eq!(
            strs(str_rsplit(vm, &[s("a,b,c"), s(","), Value::Int(1)], &[])),
            ["a,b", "c"]
        );
        assert_eq!(
            strs(str_rsplit(
                vm,
                &[s(" a b  c  "), Value::None, Value::Int(1)],
                &[]
            )),
            [" a b", "c"]
        );
        assert_eq!(strs(str_split(vm, &[s("")], &[])), Vec::<String>::new());
        assert!(err(str_split(vm, &[s("a"), s("")], &[])).contains("empty separator"));
        assert_eq!(
            strs(str_splitlines(vm, &[s("a\r\nb\nc\x1cd")], &[])),
            ["a", "b", "c", "d"]
        );
        assert_eq!(
            strs(str_splitlines(vm, &[s("a\r\nb\n"), Value::Bool(true)], &[])),
            ["a\r\n", "b\n"]
        );
    }

    #[test]
    fn searching() {
        let mut vm = Vm::new(vec![]);
        let vm = &mut vm;
        // Code-point indexes, not bytes.
        assert_eq!(int(str_find(vm, &[s("héllo"), s("l")], &[])), 2);
        assert_eq!(int(str_rfind(vm, &[s("héllo"), s("l")], &[])), 3);
        assert_eq!(int(str_find(vm, &[s("abc"), s(""), Value::Int(3)], &[])), 3);
        assert_eq!(
            int(str_find(vm, &[s("abc"), s(""), Value::Int(4)], &[])),
            -1
        );
        assert_eq!(
            int(str_find(vm, &[s("abcabc"), s("c"), Value::Int(-3)], &[])),
            5
        );
        assert!(err(str_index(vm, &[s("abc"), s("z")], &[])).contains("substring not found"));
        assert_eq!(int(str_count(vm, &[s("aaaa"), s("aa")], &[])), 2);
        assert_eq!(int(str_count(vm, &[s("héllo"), s("")], &[])), 6);
        let prefixes = Value::tuple(vec![s("x"), s("he")]);
        assert!(matches!(
            str_startswith(vm, &[s("hello"), prefixes], &[]),
            Ok(Value::Bool(true))
        ));
        assert!(matches!(
            str_endswith(
                vm,
                &[s("hello"), s("ll"), Value::Int(0), Value::Int(4)],
                &[]
            ),
            Ok(Value::Bool(true))
        ));
        assert!(
            err(str_startswith(vm, &[s("a"), Value::Int(1)], &[]))
                .contains("startswith first arg must be str or a tuple of str, not int")
        );
    }

    #[test]
    fn transforms() {
        let mut vm = Vm::new(vec![]);
        let vm = &mut vm;
        assert_eq!(text(str_strip(vm, &[s(" \t x \n")], &[])), "x");
        assert_eq!(text(str_lstrip(vm, &[s("xxaxx"), s("x")], &[])), "axx");
        assert_eq!(
            text(str_replace(vm, &[s("abc"), s(""), s("-")], &[])),
            "-a-b-c-"
        );
        assert_eq!(
            text(str_replace(
                vm,
                &[s("aaa"), s("a"), s("b"), Value::Int(2)],
                &[]
            )),
            "bba"
        );
        assert_eq!(
            text(str_title(vm, &[s("they're bill's")], &[])),
            "They'Re Bill'S"
        );
        assert_eq!(text(str_capitalize(vm, &[s("hELLO")], &[])), "Hello");
        assert_eq!(text(str_removeprefix(vm, &[s("abc"), s("ab")], &[])), "c");
        assert_eq!(text(str_removesuffix(vm, &[s("abc"), s("x")], &[])), "abc");
        assert_eq!(text(str_swapcase(vm, &[s("aBc")], &[])), "AbC");
        assert_eq!(text(str_upper(vm, &[s("straße")], &[])), "STRASSE");
        assert_eq!(
            text(str_center(vm, &[s("abc"), Value::Int(6)], &[])),
            " abc  "
        );
        assert_eq!(
            text(str_center(vm, &[s("ab"), Value::Int(5)], &[])),
            "  ab "
        );
        assert_eq!(
            text(str_rjust(vm, &[s("7"), Value::Int(3), s("0")], &[])),
            "007"
        );
        assert_eq!(
            text(str_zfill(vm, &[s("-42"), Value::Int(6)], &[])),
            "-00042"
        );
        assert_eq!(
            text(str_expandtabs(vm, &[s("a\tbc\td")], &[])),
            "a       bc      d"
        );
        assert!(
            err(str_center(vm, &[s("a"), Value::Int(5), s("ab")], &[]))
                .contains("The fill character must be exactly one character long")
        );
        let parts = Value::list(vec![s("a"), s("b")]);
        assert_eq!(text(str_join(vm, &[s(", "), parts], &[])), "a, b");
        let bad = Value::list(vec![s("a"), Value::Int(1)]);
        assert!(
            err(str_join(vm, &[s(""), bad], &[]))
                .contains("sequence item 1: expected str instance, int found")
        );
        match str_rpartition(vm, &[s("a.b.c"), s(".")], &[]) {
            Ok(Value::Tuple(t)) => assert_eq!(format!("{:?}", t), "[\"a.b\", \".\", \"c\"]"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn predicates() {
        let mut vm = Vm::new(vec![]);
        let vm = &mut vm;
        let yes = |r: PyResult<Value>| matches!(r, Ok(Value::Bool(true)));
        assert!(yes(str_isdigit(vm, &[s("12²")], &[])));
        assert!(!yes(str_isdecimal(vm, &[s("12²")], &[])));
        assert!(!yes(str_isdigit(vm, &[s("")], &[])));
        assert!(yes(str_isspace(vm, &[s(" \x1c\u{3000}")], &[])));
        assert!(yes(str_istitle(vm, &[s("Hello World")], &[])));
        assert!(!yes(str_istitle(vm, &[s("HeLlo")], &[])));
        assert!(yes(str_isupper(vm, &[s("A1")], &[])));
        assert!(yes(str_isidentifier(vm, &[s("_x1")], &[])));
        assert!(!yes(str_isidentifier(vm, &[s("1x")], &[])));
        assert!(yes(str_isascii(vm, &[s("")], &[])));
        assert!(!yes(str_isprintable(vm, &[s("a\n")], &[])));
    }

    #[test]
    fn codecs() {
        let mut vm = Vm::new(vec![]);
        let vm = &mut vm;
        assert!(
            matches!(str_encode(vm, &[s("é")], &[]), Ok(Value::Bytes(b)) if *b == [0xc3, 0xa9])
        );
        assert!(
            matches!(str_encode(vm, &[s("aé"), s("latin-1")], &[]), Ok(Value::Bytes(b)) if *b == [b'a', 0xe9])
        );
        assert!(
            matches!(str_encode(vm, &[s("aéb"), s("ascii"), s("replace")], &[]), Ok(Value::Bytes(b)) if *b == *b"a?b")
        );
        assert!(
            err(str_encode(vm, &[s("a\u{e9}\u{e9}b"), s("ascii")], &[])).contains(
                "'ascii' codec can't encode characters in position 1-2: ordinal not in range(128)"
            )
        );
        assert!(
            err(str_encode(vm, &[s("a\u{e9}b"), s("ascii")], &[]))
                .contains("'ascii' codec can't encode character '\\\\xe9' in position 1")
        );
        assert!(err(str_encode(vm, &[s("a"), s("foo")], &[])).contains("unknown encoding: foo"));
        let e = decode(b"\xe2\x82x", "utf-8", "strict").unwrap_err();
        assert!(
            format!("{e:?}")
                .contains("can't decode bytes in position 0-1: invalid continuation byte")
        );
        let e = decode(b"a\xffb", "utf8", "strict").unwrap_err();
        assert!(
            format!("{e:?}").contains("can't decode byte 0xff in position 1: invalid start byte")
        );
        let e = decode(b"\xe2\x82", "utf-8", "strict").unwrap_err();
        assert!(format!("{e:?}").contains("position 0-1: unexpected end of data"));
        assert_eq!(
            decode(b"a\xff\xfeb", "utf-8", "replace").unwrap(),
            "a\u{fffd}\u{fffd}b"
        );
        let b = Value::bytes(b"hi".to_vec());
        assert_eq!(text(str_new(vm, &[b, s("ascii")], &[])), "hi");
        assert_eq!(text(str_new(vm, &[Value::Int(5)], &[])), "5");
        assert_eq!(text(str_new(vm, &[], &[])), "");
        assert!(
            err(str_new(vm, &[s("a"), s("utf-8")], &[])).contains("decoding str is not supported")
        );
    }

    #[test]
    fn translate() {
        let mut vm = Vm::new(vec![]);
        let vm = &mut vm;
        let table = str_maketrans(vm, &[s("ab"), s("xy"), s("c")], &[]).unwrap();
        assert_eq!(text(str_translate(vm, &[s("abcd"), table], &[])), "xyd");
    }
}
