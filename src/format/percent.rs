//! printf-style `str % args` formatting (CPython 3.11 `PyUnicode_Format`).
//!
//! # How a VM driver uses this module
//!
//! ```text
//! args:  if the right operand is a tuple -> its items, else [operand].
//!        `dict` = the operand if it is a mapping (and not a tuple/str).
//! for piece in PercentParser::new(fmt):        // lazy: errors arrive in order
//!     Literal(text)   -> append text
//!     Conv(c):
//!         if c.key is Some(k): dict is None -> TypeError "format requires a mapping";
//!                              the "argument list" becomes [dict[k]] *for this
//!                              and later pieces* (CPython replaces its args);
//!         star_w = if c.width == Some(Count::Star) { next arg, must be int
//!                  ("* wants int"), OverflowError past isize } else None
//!         star_p = likewise for c.precision (limit i32)
//!         v = next arg   -> TypeError "not enough arguments for format string"
//!         c.check_supported()?          // only *after* fetching the argument
//!         spec = c.resolve(star_w, star_p)
//!         match c.conv:
//!           's' | 'r' | 'a' -> percent_str(&str(v) / repr(v) / ascii(v), &spec)
//!           'd' | 'i' | 'u' -> int(v) for numbers (floats truncate; inf/nan
//!                              raise as int() does) else
//!                              TypeError percent_int_type_error(conv, type(v));
//!                              then percent_int(&n, &spec)
//!           'o' | 'x' | 'X' -> operator.index(v) only, else the same TypeError
//!           'e' 'E' 'f' 'F' 'g' 'G' -> float(v) ("must be real number, not T");
//!                              then percent_float(x, &spec)
//!           'c'             -> a 1-char str, or int via int_to_char(); else
//!                              TypeError "%c requires int or char";
//!                              then percent_char(ch, &spec)
//! after the loop: if no mapping was used and not every positional arg was
//! consumed -> TypeError "not all arguments converted during string formatting"
//! (a non-tuple, non-mapping operand counts as one positional argument).
//! ```
//!
//! [`parse_percent`] is the eager variant: it reports every syntax error up
//! front (including unsupported conversion characters), which is simpler
//! but can pick a different error than CPython when the arguments are also
//! wrong.

use num_bigint::{BigInt, Sign as BigSign};

use super::FormatError;
use super::float_repr::{FloatFlags, double_to_string};

/// A width or precision: a number or `*` (taken from the arguments).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Star,
    N(usize),
}

/// Conversion flags `-`, `+`, ` `, `#`, `0`.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct PercentFlags {
    pub minus: bool,
    pub plus: bool,
    pub space: bool,
    pub alternate: bool,
    pub zero: bool,
}

/// One `%...c` conversion as written in the format string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PercentConv {
    /// `%(name)s`
    pub key: Option<String>,
    pub flags: PercentFlags,
    pub width: Option<Count>,
    pub precision: Option<Count>,
    /// The conversion character (may be unsupported; see `check_supported`).
    pub conv: char,
    /// Code-point index of `conv` in the format string (for error messages).
    pub index: usize,
}

/// A conversion with `*` values resolved, ready to render.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PercentSpec {
    pub flags: PercentFlags,
    pub width: Option<usize>,
    pub precision: Option<usize>,
    pub conv: char,
}

/// A piece of a parsed format string.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PercentPiece {
    /// Text to copy, with `%%` already turned into `%`.
    Literal(String),
    Conv(PercentConv),
}

const SUPPORTED: &str = "srauidoxXeEfFgGc";

impl PercentConv {
    pub fn is_supported(&self) -> bool {
        SUPPORTED.contains(self.conv)
    }

    /// CPython's "unsupported format character" error for this conversion.
    pub fn check_supported(&self) -> Result<(), FormatError> {
        if self.is_supported() {
            return Ok(());
        }
        let c = self.conv;
        let shown = if (31..=126).contains(&(c as u32)) {
            c
        } else {
            '?'
        };
        Err(FormatError::value(format!(
            "unsupported format character '{shown}' (0x{:x}) at index {}",
            c as u32, self.index
        )))
    }

    /// Fill in `*` values (in argument order).  A negative `*` width means
    /// left-justify; a negative `*` precision means 0, as in CPython.
    /// A `Star` whose value is not supplied is treated as absent.
    pub fn resolve(&self, star_width: Option<i64>, star_precision: Option<i64>) -> PercentSpec {
        let mut flags = self.flags;
        let width = match self.width {
            Some(Count::N(n)) => Some(n),
            Some(Count::Star) => star_width.map(|w| {
                if w < 0 {
                    flags.minus = true;
                }
                w.unsigned_abs() as usize
            }),
            None => None,
        };
        let precision = match self.precision {
            Some(Count::N(n)) => Some(n),
            Some(Count::Star) => star_precision.map(|p| p.max(0) as usize),
            None => None,
        };
        PercentSpec {
            flags,
            width,
            precision,
            conv: self.conv,
        }
    }
}

/// Parse the whole format string, rejecting unsupported conversions too.
pub fn parse_percent(fmt: &str) -> Result<Vec<PercentPiece>, FormatError> {
    let mut pieces = Vec::new();
    for piece in PercentParser::new(fmt) {
        let piece = piece?;
        if let PercentPiece::Conv(c) = &piece {
            c.check_supported()?;
        }
        pieces.push(piece);
    }
    Ok(pieces)
}

/// Lazy parser: yields pieces left to right, and a syntax error (then stops)
/// at the point where CPython would raise it.  Unsupported conversion
/// characters are yielded as conversions; call `check_supported`.
pub struct PercentParser {
    chars: Vec<char>,
    pos: usize,
    done: bool,
}

impl PercentParser {
    pub fn new(fmt: &str) -> Self {
        PercentParser {
            chars: fmt.chars().collect(),
            pos: 0,
            done: false,
        }
    }

    fn next_char(&mut self) -> Option<char> {
        let c = self.chars.get(self.pos).copied();
        if c.is_some() {
            self.pos += 1;
        }
        c
    }

    /// Literal text up to the next real conversion (`%%` included as `%`).
    fn literal(&mut self) -> String {
        let mut text = String::new();
        while let Some(&c) = self.chars.get(self.pos) {
            if c != '%' {
                text.push(c);
                self.pos += 1;
            } else if self.chars.get(self.pos + 1) == Some(&'%') {
                text.push('%');
                self.pos += 2;
            } else {
                break;
            }
        }
        text
    }

    /// Parse one conversion; `self.pos` is just past its `%`.
    fn conversion(&mut self) -> Result<PercentConv, FormatError> {
        let incomplete = || FormatError::value("incomplete format");
        let key = if self.chars.get(self.pos) == Some(&'(') {
            self.pos += 1;
            Some(self.key()?)
        } else {
            None
        };
        let mut flags = PercentFlags::default();
        let mut ch = self.next_char().ok_or_else(incomplete)?;
        loop {
            match ch {
                '-' => flags.minus = true,
                '+' => flags.plus = true,
                ' ' => flags.space = true,
                '#' => flags.alternate = true,
                '0' => flags.zero = true,
                _ => break,
            }
            ch = self.next_char().ok_or_else(incomplete)?;
        }
        let (width, c) = self.count(ch, isize::MAX as usize, "width too big")?;
        ch = c;
        let mut precision = None;
        if ch == '.' {
            ch = self.next_char().ok_or_else(incomplete)?;
            let (p, c) = self.count(ch, i32::MAX as usize, "precision too big")?;
            precision = Some(p.unwrap_or(Count::N(0)));
            ch = c;
        }
        // Length modifiers are accepted and ignored ("%ld", "%hi", "%Lf").
        if matches!(ch, 'h' | 'l' | 'L') {
            ch = self.next_char().ok_or_else(incomplete)?;
        }
        Ok(PercentConv {
            key,
            flags,
            width,
            precision,
            conv: ch,
            index: self.pos - 1,
        })
    }

    /// `%(key)`: balanced parentheses; `self.pos` is just past the `(`.
    fn key(&mut self) -> Result<String, FormatError> {
        let start = self.pos;
        let mut depth = 1;
        while depth > 0 {
            match self.next_char() {
                Some(')') => depth -= 1,
                Some('(') => depth += 1,
                Some(_) => {}
                None => return Err(FormatError::value("incomplete format key")),
            }
        }
        Ok(self.chars[start..self.pos - 1].iter().collect())
    }

    /// A `*` or digit run starting at `ch`; returns it and the next char.
    fn count(
        &mut self,
        ch: char,
        limit: usize,
        too_big: &str,
    ) -> Result<(Option<Count>, char), FormatError> {
        let incomplete = || FormatError::value("incomplete format");
        if ch == '*' {
            let next = self.next_char().ok_or_else(incomplete)?;
            return Ok((Some(Count::Star), next));
        }
        let Some(mut n) = ch.to_digit(10).map(|d| d as usize) else {
            return Ok((None, ch));
        };
        loop {
            let c = self.next_char().ok_or_else(incomplete)?;
            let Some(d) = c.to_digit(10) else {
                return Ok((Some(Count::N(n)), c));
            };
            n = n
                .checked_mul(10)
                .and_then(|n| n.checked_add(d as usize))
                .filter(|&n| n <= limit)
                .ok_or_else(|| FormatError::value(too_big))?;
        }
    }
}

impl Iterator for PercentParser {
    type Item = Result<PercentPiece, FormatError>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.done || self.pos >= self.chars.len() {
            return None;
        }
        let text = self.literal();
        if !text.is_empty() {
            return Some(Ok(PercentPiece::Literal(text)));
        }
        self.pos += 1; // the '%'
        let result = self.conversion().map(PercentPiece::Conv);
        self.done = result.is_err();
        Some(result)
    }
}

/// `%d %i %u %o %x %X` of an int (the driver converts the argument first).
pub fn percent_int(v: &BigInt, spec: &PercentSpec) -> String {
    let (base, prefix) = match spec.conv {
        'o' => (8, "0o"),
        'x' | 'X' => (16, "0x"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude().to_str_radix(base);
    // Precision on an int is a minimum digit count.
    if let Some(p) = spec.precision
        && p > digits.len()
    {
        digits = format!("{}{digits}", "0".repeat(p - digits.len()));
    }
    let sign = if v.sign() == BigSign::Minus { "-" } else { "" };
    let prefix = if spec.flags.alternate { prefix } else { "" };
    let mut text = format!("{sign}{prefix}{digits}");
    if spec.conv == 'X' {
        text.make_ascii_uppercase();
    }
    output(&text, spec, true)
}

/// `%e %E %f %F %g %G` of a float (default precision 6).
pub fn percent_float(x: f64, spec: &PercentSpec) -> String {
    let flags = FloatFlags {
        alternate: spec.flags.alternate,
        ..FloatFlags::default()
    };
    let text = double_to_string(x, spec.conv, spec.precision.unwrap_or(6), flags);
    output(&text, spec, true)
}

/// `%s %r %a` of the already converted text (`str(v)`, `repr(v)`, `ascii(v)`).
pub fn percent_str(s: &str, spec: &PercentSpec) -> String {
    output(s, spec, false)
}

/// `%c` of a character (use `spec::int_to_char` for int arguments).
pub fn percent_char(c: char, spec: &PercentSpec) -> String {
    output(c.encode_utf8(&mut [0; 4]), spec, false)
}

pub use super::spec::int_to_char;

/// The TypeError for a `%d`-family conversion given a non-number.
pub fn percent_int_type_error(conv: char, type_name: &str) -> FormatError {
    let what = if matches!(conv, 'o' | 'x' | 'X') {
        "an integer"
    } else {
        "a real number"
    };
    FormatError::type_error(format!(
        "%{conv} format: {what} is required, not {type_name}"
    ))
}

/// CPython's `unicode_format_arg_output`: sign, `0x` prefix, padding.
/// `numeric` conversions take their sign from the text and may zero-pad.
fn output(text: &str, spec: &PercentSpec, numeric: bool) -> String {
    let flags = spec.flags;
    let fill = if numeric && flags.zero { '0' } else { ' ' };
    let mut body: &str = text;
    if matches!(spec.conv, 's' | 'r' | 'a')
        && let Some(p) = spec.precision
        && let Some((cut, _)) = body.char_indices().nth(p)
    {
        body = &body[..cut];
    }
    let mut sign = None;
    if numeric {
        if let Some(rest) = body.strip_prefix(['-', '+']) {
            sign = body.chars().next();
            body = rest;
        } else if flags.plus {
            sign = Some('+');
        } else if flags.space {
            sign = Some(' ');
        }
    }
    let mut len = body.chars().count();
    let mut width = spec.width.unwrap_or(0).max(len);
    let mut out = String::new();
    if let Some(s) = sign {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    // The "0x"/"0o" prefix goes before zero padding but after space padding.
    let mut prefix = "";
    if numeric && flags.alternate && matches!(spec.conv, 'x' | 'X' | 'o') && body.len() >= 2 {
        (prefix, body) = body.split_at(2);
        if fill != ' ' {
            out.push_str(prefix);
        }
        width = width.saturating_sub(2);
        len -= 2;
    }
    if width > len && !flags.minus {
        out.extend(std::iter::repeat_n(fill, width - len));
        width = len;
    }
    if fill == ' ' {
        out.extend(sign);
        out.push_str(prefix);
    }
    out.push_str(body);
    // Left-justified output is always padded with spaces.
    out.extend(std::iter::repeat_n(' ', width.saturating_sub(len)));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::ErrKind;

    include!("percent_cases.rs");

    /// A tiny driver (positional args only) to check whole format strings.
    fn apply(fmt: &str, args: &[Arg]) -> Result<String, FormatError> {
        let mut out = String::new();
        let mut it = args.iter();
        let mut next = || {
            it.next()
                .ok_or_else(|| FormatError::type_error("not enough arguments for format string"))
        };
        for piece in PercentParser::new(fmt) {
            let c = match piece? {
                PercentPiece::Literal(t) => {
                    out.push_str(&t);
                    continue;
                }
                PercentPiece::Conv(c) => c,
            };
            let star = |a: &Arg| match a {
                Arg::Int(s) => s.parse::<i64>().unwrap(),
                _ => panic!("star wants int"),
            };
            let sw = (c.width == Some(Count::Star))
                .then(|| next().map(star))
                .transpose()?;
            let sp = (c.precision == Some(Count::Star))
                .then(|| next().map(star))
                .transpose()?;
            let v = next()?;
            c.check_supported()?;
            let spec = c.resolve(sw, sp);
            let text = match (c.conv, v) {
                ('c', Arg::Str(s)) if s.chars().count() == 1 => {
                    percent_char(s.chars().next().unwrap(), &spec)
                }
                ('c', Arg::Int(s)) => percent_char(int_to_char(&s.parse().unwrap())?, &spec),
                ('c', _) => return Err(FormatError::type_error("%c requires int or char")),
                ('s', Arg::Str(s)) => percent_str(s, &spec),
                ('r', Arg::Str(s)) => percent_str(&format!("'{s}'"), &spec),
                ('a', Arg::Str(s)) => percent_str(&ascii_repr(s), &spec),
                ('s' | 'r' | 'a', Arg::Int(s)) => percent_str(s, &spec),
                ('s' | 'r' | 'a', Arg::Float(x)) => {
                    percent_str(&crate::format::float_repr::float_repr(*x), &spec)
                }
                ('e' | 'E' | 'f' | 'F' | 'g' | 'G', Arg::Float(x)) => percent_float(*x, &spec),
                ('e' | 'E' | 'f' | 'F' | 'g' | 'G', Arg::Int(s)) => {
                    percent_float(s.parse().unwrap(), &spec)
                }
                ('e' | 'E' | 'f' | 'F' | 'g' | 'G', Arg::Str(_)) => {
                    return Err(FormatError::type_error("must be real number, not str"));
                }
                (_, Arg::Int(s)) => percent_int(&s.parse().unwrap(), &spec),
                ('d' | 'i' | 'u', Arg::Float(x)) => {
                    float_to_int(*x).map(|n| percent_int(&n, &spec))?
                }
                (conv, Arg::Float(_)) => return Err(percent_int_type_error(conv, "float")),
                (conv, Arg::Str(_)) => return Err(percent_int_type_error(conv, "str")),
            };
            out.push_str(&text);
        }
        if it.next().is_some() {
            return Err(FormatError::type_error(
                "not all arguments converted during string formatting",
            ));
        }
        Ok(out)
    }

    /// `ascii(s)` for the simple strings used in the tests.
    fn ascii_repr(s: &str) -> String {
        let body: String = s
            .chars()
            .map(|c| match c as u32 {
                0..=0x7f => c.to_string(),
                0x80..=0xff => format!("\\x{:02x}", c as u32),
                n => format!("\\u{n:04x}"),
            })
            .collect();
        format!("'{body}'")
    }

    /// `int(x)` for a float, with CPython's errors.
    fn float_to_int(x: f64) -> Result<BigInt, FormatError> {
        if x.is_nan() {
            return Err(FormatError::value("cannot convert float NaN to integer"));
        }
        if x.is_infinite() {
            return Err(FormatError::overflow(
                "cannot convert float infinity to integer",
            ));
        }
        Ok(BigInt::from(x.trunc() as i128))
    }

    #[test]
    fn oracle_cases() {
        let mut failures = Vec::new();
        for (fmt, args, want) in PERCENT_CASES {
            let got = apply(fmt, args).map_err(|e| (e.kind, e.message));
            let want = want
                .map(str::to_string)
                .map_err(|(k, m)| (k, m.to_string()));
            if got != want {
                failures.push(format!("{fmt:?} % {args:?}: got {got:?}, want {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn parse_pieces() {
        let pieces = parse_percent("a%%b%(x(y))-+ #012.3ld%*.*f").unwrap();
        assert_eq!(pieces[0], PercentPiece::Literal("a%b".into()));
        let PercentPiece::Conv(c) = &pieces[1] else {
            panic!()
        };
        assert_eq!(c.key.as_deref(), Some("x(y)"));
        let f = c.flags;
        assert!(f.minus && f.plus && f.space && f.alternate && f.zero);
        assert_eq!(c.width, Some(Count::N(12)));
        assert_eq!(c.precision, Some(Count::N(3)));
        assert_eq!(c.conv, 'd');
        let PercentPiece::Conv(c) = &pieces[2] else {
            panic!()
        };
        assert_eq!(
            (c.width, c.precision),
            (Some(Count::Star), Some(Count::Star))
        );
        assert_eq!(pieces.len(), 3);
    }

    #[test]
    fn parse_errors() {
        let cases = [
            ("abc %", "incomplete format"),
            ("%(a", "incomplete format key"),
            ("%(a)", "incomplete format"),
            ("%.", "incomplete format"),
            ("%5", "incomplete format"),
            ("%y", "unsupported format character 'y' (0x79) at index 1"),
            (
                "ab %5%",
                "unsupported format character '%' (0x25) at index 5",
            ),
            (
                "%\u{e9}",
                "unsupported format character '?' (0xe9) at index 1",
            ),
            (
                "\u{20ac}%\u{20ac}",
                "unsupported format character '?' (0x20ac) at index 2",
            ),
            ("%hhd", "unsupported format character 'h' (0x68) at index 2"),
            ("%99999999999999999999d", "width too big"),
            ("%.99999999999d", "precision too big"),
        ];
        for (fmt, msg) in cases {
            let err = parse_percent(fmt).unwrap_err();
            assert_eq!(
                (err.kind, err.message.as_str()),
                (ErrKind::ValueError, msg),
                "{fmt:?}"
            );
        }
    }

    #[test]
    fn negative_star() {
        let c = match &parse_percent("%*.*d").unwrap()[0] {
            PercentPiece::Conv(c) => c.clone(),
            _ => panic!(),
        };
        let spec = c.resolve(Some(-5), Some(-2));
        assert!(spec.flags.minus);
        assert_eq!((spec.width, spec.precision), (Some(5), Some(0)));
        assert_eq!(percent_int(&BigInt::from(3), &spec), "3    ");
    }

    #[test]
    fn type_errors() {
        assert_eq!(
            percent_int_type_error('x', "float").message,
            "%x format: an integer is required, not float"
        );
        assert_eq!(
            percent_int_type_error('d', "str").message,
            "%d format: a real number is required, not str"
        );
    }
}
