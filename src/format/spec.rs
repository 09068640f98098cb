//! The format-spec mini-language of `format()` / `str.format` / f-strings.
//!
//! Mirrors CPython 3.11's `Python/formatter_unicode.c`: parse once with
//! [`parse_spec`], then render with [`format_int`], [`format_float`] or
//! [`format_str`].  The `*_with` helpers do both steps.
//!
//! An empty spec is the VM's job: `format(x, '')` is `str(x)` for every type
//! (it matters for `bool` and subclasses); the functions here also give the
//! right answer for int, float and str.

use num_bigint::{BigInt, Sign as BigSign};
use num_traits::{ToPrimitive, Zero};

use super::float_repr::{FloatFlags, double_to_string};
use super::{FormatError, decimal_value};

/// Alignment: `<`, `>`, `^` and `=` (padding between sign and digits).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
    Center,
    AfterSign,
}

/// Sign option: `+` (always), `-` (negatives only, the default), ` ` (space).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Sign {
    Plus,
    Minus,
    Space,
}

/// A parsed format spec:
/// `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatSpec {
    /// Fill character; `'0'` when the `0` flag was used, else `' '` by default.
    pub fill: char,
    /// Explicit alignment; `None` means the type's default.
    pub align: Option<Align>,
    pub sign: Option<Sign>,
    /// `z` (3.11, PEP 682): coerce negative zero after rounding to `0`.
    pub no_neg_zero: bool,
    /// `#`
    pub alternate: bool,
    /// The `0` flag (only recognised when no explicit fill was given).
    pub zero: bool,
    pub width: Option<usize>,
    /// `,` or `_`.
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

impl FormatSpec {
    /// Fill and alignment once the type's default alignment is known: the `0`
    /// flag means `=` alignment, but only for types that default to `>`
    /// (so `format('ab', '05')` is `'ab000'`).
    fn fill_align(&self, default: Align) -> (char, Align) {
        let align = match self.align {
            Some(a) => a,
            None if self.zero && default == Align::Right => Align::AfterSign,
            None => default,
        };
        (self.fill, align)
    }
}

fn align_of(c: char) -> Option<Align> {
    match c {
        '<' => Some(Align::Left),
        '>' => Some(Align::Right),
        '^' => Some(Align::Center),
        '=' => Some(Align::AfterSign),
        _ => None,
    }
}

/// A small cursor over the spec's code points.
struct Cursor<'a> {
    chars: &'a [char],
    pos: usize,
}

impl Cursor<'_> {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        let hit = self.peek() == Some(c);
        if hit {
            self.pos += 1;
        }
        hit
    }

    /// Read a run of decimal digits (any Unicode `Nd`, as CPython does).
    /// Returns `None` when there are no digits.
    fn integer(&mut self) -> Result<Option<usize>, FormatError> {
        let mut value: Option<usize> = None;
        while let Some(d) = self.peek().and_then(decimal_value) {
            let v = value.unwrap_or(0);
            // CPython's limit is PY_SSIZE_T_MAX.
            let next = v
                .checked_mul(10)
                .and_then(|v| v.checked_add(d as usize))
                .filter(|&v| v <= isize::MAX as usize)
                .ok_or_else(|| FormatError::value("Too many decimal digits in format string"))?;
            value = Some(next);
            self.pos += 1;
        }
        Ok(value)
    }
}

/// Parse a format spec.  `type_name` only feeds the "Invalid format
/// specifier" message (e.g. "int", "float", "str").
pub fn parse_spec(spec: &str, type_name: &str) -> Result<FormatSpec, FormatError> {
    let chars: Vec<char> = spec.chars().collect();
    let mut cur = Cursor {
        chars: &chars,
        pos: 0,
    };
    let mut out = FormatSpec {
        fill: ' ',
        align: None,
        sign: None,
        no_neg_zero: false,
        alternate: false,
        zero: false,
        width: None,
        grouping: None,
        precision: None,
        ty: None,
    };
    // A fill character is only recognised when followed by an align token.
    let mut fill_given = false;
    if let Some(a) = chars.get(1).copied().and_then(align_of) {
        out.fill = chars[0];
        out.align = Some(a);
        fill_given = true;
        cur.pos = 2;
    } else if let Some(a) = cur.peek().and_then(align_of) {
        out.align = Some(a);
        cur.pos = 1;
    }
    out.sign = match cur.peek() {
        Some('+') => Some(Sign::Plus),
        Some('-') => Some(Sign::Minus),
        Some(' ') => Some(Sign::Space),
        _ => None,
    };
    if out.sign.is_some() {
        cur.pos += 1;
    }
    out.no_neg_zero = cur.eat('z');
    out.alternate = cur.eat('#');
    if !fill_given && cur.eat('0') {
        out.zero = true;
        out.fill = '0';
    }
    out.width = cur.integer()?;
    parse_grouping(&mut cur, &mut out)?;
    if cur.eat('.') {
        out.precision = cur.integer()?;
        if out.precision.is_none() {
            return Err(FormatError::value("Format specifier missing precision"));
        }
    }
    match chars.len() - cur.pos {
        0 => {}
        1 => out.ty = cur.peek(),
        _ => {
            return Err(FormatError::value(format!(
                "Invalid format specifier '{spec}' for object of type '{type_name}'"
            )));
        }
    }
    check_grouping_type(out.grouping, out.ty)?;
    Ok(out)
}

/// `,` and/or `_`; both together is an error in either order.
fn parse_grouping(cur: &mut Cursor, out: &mut FormatSpec) -> Result<(), FormatError> {
    let both = || FormatError::value("Cannot specify both ',' and '_'.");
    if cur.eat(',') {
        out.grouping = Some(',');
    }
    if cur.eat('_') {
        if out.grouping.is_some() {
            return Err(both());
        }
        out.grouping = Some('_');
    }
    if cur.peek() == Some(',') && out.grouping == Some('_') {
        return Err(both());
    }
    Ok(())
}

/// Grouping is allowed for d e f g E G % F and no type; `_` also for b o x X.
/// (A missing type is checked again by `format_str`, whose default is `s`.)
fn check_grouping_type(grouping: Option<char>, ty: Option<char>) -> Result<(), FormatError> {
    let Some(sep) = grouping else { return Ok(()) };
    match ty {
        None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => Ok(()),
        Some('b' | 'o' | 'x' | 'X') if sep == '_' => Ok(()),
        Some(t) => Err(FormatError::value(format!(
            "Cannot specify '{sep}' with {}.",
            quoted_code(t)
        ))),
    }
}

/// `'c'` for printable ASCII, else `'\xNN'` (CPython prints the code in hex).
fn quoted_code(c: char) -> String {
    if (c as u32) > 32 && (c as u32) < 128 {
        format!("'{c}'")
    } else {
        format!("'\\x{:x}'", c as u32)
    }
}

fn unknown_code(ty: char, type_name: &str) -> FormatError {
    FormatError::value(format!(
        "Unknown format code {} for object of type '{type_name}'",
        quoted_code(ty)
    ))
}

/// Parse `spec` and format an int (`type_name` is "int" or "bool", ...).
pub fn format_int_with(v: &BigInt, spec: &str, type_name: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(v.to_string());
    }
    format_int(v, &parse_spec(spec, type_name)?, type_name)
}

/// Parse `spec` and format a float.
pub fn format_float_with(v: f64, spec: &str, type_name: &str) -> Result<String, FormatError> {
    format_float(v, &parse_spec(spec, type_name)?, type_name)
}

/// Parse `spec` and format a string.
pub fn format_str_with(v: &str, spec: &str, type_name: &str) -> Result<String, FormatError> {
    format_str(v, &parse_spec(spec, type_name)?, type_name)
}

/// `format(int, spec)`: types b c d o x X n, None, and e E f F g G % (which
/// go through float, like CPython).
pub fn format_int(v: &BigInt, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let ty = spec.ty.unwrap_or('d');
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            return format_float(int_to_float(v)?, spec, "float");
        }
        _ => return Err(unknown_code(ty, type_name)),
    }
    if spec.precision.is_some() {
        return Err(FormatError::value(
            "Precision not allowed in integer format specifier",
        ));
    }
    if spec.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if ty == 'c' {
        return format_int_char(v, spec);
    }
    let base = match ty {
        'b' => 2,
        'o' => 8,
        'x' | 'X' => 16,
        _ => 10,
    };
    let mut digits = v.magnitude().to_str_radix(base);
    let mut prefix = match (spec.alternate, ty) {
        (true, 'b') => "0b",
        (true, 'o') => "0o",
        (true, 'x' | 'X') => "0x",
        _ => "",
    }
    .to_string();
    if ty == 'X' {
        digits.make_ascii_uppercase();
        prefix.make_ascii_uppercase();
    }
    // '_' groups hex/octal/binary digits in fours; 'n' uses the C locale,
    // which has no grouping.
    let group = match (spec.grouping, ty) {
        (Some('_'), 'b' | 'o' | 'x' | 'X') => Some(('_', 4)),
        (_, 'n') => None,
        (g, _) => g.map(|c| (c, 3)),
    };
    let number = Number {
        negative: v.sign() == BigSign::Minus,
        prefix: &prefix,
        digits: &digits,
        has_decimal: false,
        remainder: "",
    };
    Ok(layout_number(&number, spec, group))
}

/// `PyNumber_Float` on an int: correctly rounded, OverflowError if too big.
fn int_to_float(v: &BigInt) -> Result<f64, FormatError> {
    match v.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(FormatError::overflow("int too large to convert to float")),
    }
}

/// Convert an int to a character for `c` formats (`format` and `%c`).
/// Surrogates cannot live in a Rust `String`; they become U+FFFD.
pub fn int_to_char(v: &BigInt) -> Result<char, FormatError> {
    let cp = v
        .to_u32()
        .filter(|&cp| cp <= 0x10ffff)
        .ok_or_else(|| FormatError::overflow("%c arg not in range(0x110000)"))?;
    Ok(char::from_u32(cp).unwrap_or('\u{fffd}'))
}

/// Type `c`: the character is laid out as a number with no digits.
fn format_int_char(v: &BigInt, spec: &FormatSpec) -> Result<String, FormatError> {
    if spec.sign.is_some() {
        return Err(FormatError::value(
            "Sign not allowed with integer format specifier 'c'",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed with integer format specifier 'c'",
        ));
    }
    // format() goes through a C long first, hence a different message.
    if v.to_i64().is_none() {
        return Err(FormatError::overflow(
            "Python int too large to convert to C long",
        ));
    }
    let ch = int_to_char(v)?.to_string();
    let number = Number {
        negative: false,
        prefix: "",
        digits: "",
        has_decimal: false,
        remainder: &ch,
    };
    Ok(layout_number(&number, spec, None))
}

/// `format(float, spec)`: types e E f F g G n % and None.
pub fn format_float(v: f64, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    let ty = spec.ty;
    match ty {
        None | Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') => {}
        Some(t) => return Err(unknown_code(t, type_name)),
    }
    let precision = match spec.precision {
        Some(p) if p > i32::MAX as usize => {
            return Err(FormatError::value("precision too big"));
        }
        p => p,
    };
    let mut flags = FloatFlags {
        alternate: spec.alternate,
        no_neg_zero: spec.no_neg_zero,
        ..FloatFlags::default()
    };
    // No type: repr without a precision, else 'g' that keeps a ".0".
    let (mode, value, percent) = match ty {
        None => {
            flags.add_dot_0 = true;
            (if precision.is_some() { 'g' } else { 'r' }, v, false)
        }
        Some('n') => ('g', v, false),
        Some('%') => ('f', v * 100.0, true),
        Some(t) => (t, v, false),
    };
    let default_precision = if ty.is_none() { 0 } else { 6 };
    let mut text = double_to_string(value, mode, precision.unwrap_or(default_precision), flags);
    if percent {
        text.push('%');
    }
    let group = if ty == Some('n') {
        None
    } else {
        spec.grouping.map(|c| (c, 3))
    };
    Ok(layout_float_text(&text, spec, group))
}

/// Split formatted float text into sign / integer digits / rest, then pad.
fn layout_float_text(text: &str, spec: &FormatSpec, group: Option<(char, usize)>) -> String {
    let (negative, unsigned) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let n_int = unsigned
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(unsigned.len());
    let (digits, rest) = unsigned.split_at(n_int);
    let (has_decimal, remainder) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let number = Number {
        negative,
        prefix: "",
        digits,
        has_decimal,
        remainder,
    };
    layout_number(&number, spec, group)
}

/// `format(str, spec)`: types s and None; precision truncates.
pub fn format_str(v: &str, spec: &FormatSpec, type_name: &str) -> Result<String, FormatError> {
    // The default type of str is 's', which forbids grouping.
    check_grouping_type(spec.grouping, Some(spec.ty.unwrap_or('s')))?;
    match spec.ty {
        None | Some('s') => {}
        Some(t) => return Err(unknown_code(t, type_name)),
    }
    match spec.sign {
        Some(Sign::Space) => {
            return Err(FormatError::value(
                "Space not allowed in string format specifier",
            ));
        }
        Some(_) => {
            return Err(FormatError::value(
                "Sign not allowed in string format specifier",
            ));
        }
        None => {}
    }
    if spec.no_neg_zero {
        return Err(FormatError::value(
            "Negative zero coercion (z) not allowed in string format specifier",
        ));
    }
    if spec.alternate {
        return Err(FormatError::value(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    let (fill, align) = spec.fill_align(Align::Left);
    if align == Align::AfterSign {
        return Err(FormatError::value(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let text: String = match spec.precision {
        Some(p) => v.chars().take(p).collect(),
        None => v.to_string(),
    };
    let len = text.chars().count();
    let pad = spec.width.unwrap_or(0).saturating_sub(len);
    let (left, right) = split_padding(pad, align);
    Ok(pad_around(&text, fill, left, right))
}

/// Left/right padding for an alignment; centring puts the odd one right.
fn split_padding(pad: usize, align: Align) -> (usize, usize) {
    match align {
        Align::Left => (0, pad),
        Align::Center => (pad / 2, pad - pad / 2),
        Align::Right | Align::AfterSign => (pad, 0),
    }
}

fn pad_around(text: &str, fill: char, left: usize, right: usize) -> String {
    let mut s = String::with_capacity(text.len() + left + right);
    s.extend(std::iter::repeat_n(fill, left));
    s.push_str(text);
    s.extend(std::iter::repeat_n(fill, right));
    s
}

/// The pieces of a formatted number (CPython's `NumberFieldWidths` input).
struct Number<'a> {
    negative: bool,
    /// `0x` etc. (already upper-cased for `X`).
    prefix: &'a str,
    /// Integer digits, the part that gets grouped / zero-padded.
    digits: &'a str,
    has_decimal: bool,
    /// Everything after the decimal point (fraction, exponent, `%`), or all
    /// of `inf`/`nan`, or the character for type `c`.
    remainder: &'a str,
}

/// Lay out `[lpad][sign][prefix][spad][grouped digits][.][remainder][rpad]`.
fn layout_number(n: &Number, spec: &FormatSpec, group: Option<(char, usize)>) -> String {
    let (fill, align) = spec.fill_align(Align::Right);
    let sign = match (n.negative, spec.sign) {
        (true, _) => "-",
        (false, Some(Sign::Plus)) => "+",
        (false, Some(Sign::Space)) => " ",
        (false, _) => "",
    };
    let width = spec.width.map_or(-1, |w| w as isize);
    let fixed = sign.len() + n.prefix.len() + usize::from(n.has_decimal);
    let fixed = (fixed + n.remainder.chars().count()) as isize;
    // Zero padding goes *into* the digits so that separators appear in it.
    let min_width = if fill == '0' && align == Align::AfterSign {
        width - fixed
    } else {
        0
    };
    let grouped = group_digits(n.digits, min_width, group);
    let pad = (width - fixed - grouped.chars().count() as isize).max(0) as usize;
    let (mut left, mut right, mut middle) = (0, 0, 0);
    match align {
        Align::AfterSign => middle = pad,
        a => (left, right) = split_padding(pad, a),
    }
    let mut s = String::new();
    s.extend(std::iter::repeat_n(fill, left));
    s.push_str(sign);
    s.push_str(n.prefix);
    s.extend(std::iter::repeat_n(fill, middle));
    s.push_str(&grouped);
    if n.has_decimal {
        s.push('.');
    }
    s.push_str(n.remainder);
    s.extend(std::iter::repeat_n(fill, right));
    s
}

/// CPython's `_PyUnicode_InsertThousandsGrouping`: insert separators every
/// `size` digits, adding leading zeros (with separators) until `min_width`
/// is met.  Never starts with a separator, so it may overshoot by one.
fn group_digits(digits: &str, min_width: isize, group: Option<(char, usize)>) -> String {
    let n = digits.len() as isize;
    if n == 0 {
        // Only `c`, `inf` and `nan` get here; they are padded elsewhere.
        return String::new();
    }
    let Some((sep, size)) = group else {
        let zeros = (min_width - n).max(0) as usize;
        return format!("{}{digits}", "0".repeat(zeros));
    };
    let size = size as isize;
    let mut groups: Vec<String> = Vec::new();
    let (mut remaining, mut min_width) = (n, min_width);
    loop {
        let len = size.min(remaining.max(min_width).max(1));
        let n_zeros = (len - remaining).max(0) as usize;
        let n_chars = remaining.min(len).max(0);
        let end = remaining as usize;
        let start = (remaining - n_chars) as usize;
        groups.push(format!("{}{}", "0".repeat(n_zeros), &digits[start..end]));
        remaining -= n_chars;
        min_width -= len;
        if remaining <= 0 && min_width <= 0 {
            break;
        }
        min_width -= 1; // the separator's width
    }
    groups.reverse();
    groups.join(&sep.to_string())
}

/// `True`/`False` digits helper for the VM: bool formats as int unless the
/// spec is empty (then it is `str(b)`).
pub fn format_bool(b: bool, spec: &str) -> Result<String, FormatError> {
    if spec.is_empty() {
        return Ok(if b { "True" } else { "False" }.to_string());
    }
    let v = if b { BigInt::from(1) } else { BigInt::zero() };
    format_int_with(&v, spec, "bool")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::ErrKind;

    include!("spec_cases.rs");

    fn run(value: &Val, spec: &str) -> Result<String, FormatError> {
        match value {
            Val::Int(s) => format_int_with(&s.parse::<BigInt>().unwrap(), spec, "int"),
            Val::Float(f) => format_float_with(*f, spec, "float"),
            Val::Str(s) => format_str_with(s, spec, "str"),
            Val::Bool(b) => format_bool(*b, spec),
        }
    }

    #[test]
    fn oracle_cases() {
        let mut failures = Vec::new();
        for (value, spec, want) in SPEC_CASES {
            let got = match run(value, spec) {
                Ok(s) => Ok(s),
                Err(e) => Err((e.kind, e.message)),
            };
            let want = match want {
                Ok(s) => Ok(s.to_string()),
                Err((k, m)) => Err((*k, m.to_string())),
            };
            if got != want {
                failures.push(format!(
                    "format({value:?}, {spec:?}): got {got:?}, want {want:?}"
                ));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn parse_fields() {
        let s = parse_spec("*^+z#012,.3f", "float").unwrap();
        assert_eq!(s.fill, '*');
        assert_eq!(s.align, Some(Align::Center));
        assert_eq!(s.sign, Some(Sign::Plus));
        assert!(s.no_neg_zero && s.alternate);
        // An explicit fill disables the '0' flag: "012" is the width.
        assert!(!s.zero);
        assert_eq!(s.width, Some(12));
        assert_eq!(s.grouping, Some(','));
        assert_eq!(s.precision, Some(3));
        assert_eq!(s.ty, Some('f'));
        let z = parse_spec("010", "int").unwrap();
        assert!(z.zero);
        assert_eq!(z.fill, '0');
        assert_eq!(z.width, Some(10));
    }

    #[test]
    fn grouping_helper() {
        assert_eq!(group_digits("1234", 8, Some((',', 3))), "0,001,234");
        assert_eq!(group_digits("1234", 0, Some((',', 3))), "1,234");
        assert_eq!(group_digits("1234", 6, None), "001234");
        assert_eq!(group_digits("", 6, Some((',', 3))), "");
    }

    #[test]
    fn error_kinds() {
        let e = format_int_with(&BigInt::from(-1), "c", "int").unwrap_err();
        assert_eq!(e.kind, ErrKind::OverflowError);
        let big = BigInt::from(2).pow(1100u32);
        let e = format_int_with(&big, "e", "int").unwrap_err();
        assert_eq!(e.kind, ErrKind::OverflowError);
        assert_eq!(e.message, "int too large to convert to float");
    }
}
