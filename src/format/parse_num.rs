//! Number parsing as Python's `int(str, base)`, `float(str)` and the
//! tokenizer's integer literals do it.
//!
//! The VM builds the error messages itself, e.g.
//! `invalid literal for int() with base 10: 'abc'` (with `repr(s)`),
//! `could not convert string to float: 'abc'`, and
//! `int() base must be >= 2 and <= 36, or 0` for a bad base (which
//! [`parse_int`] also rejects).

use num_bigint::BigInt;

use super::{FormatError, decimal_value, is_py_space};

/// CPython 3.11's default `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// Why [`parse_int_limited`] failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IntParseError {
    /// Not a valid literal: "invalid literal for int() with base N: ..."
    Invalid,
    /// More decimal-ish digits than allowed (only for non-power-of-2 bases).
    TooManyDigits(usize),
}

impl IntParseError {
    /// The ValueError CPython raises for `TooManyDigits`; `None` for
    /// `Invalid` (whose message needs `repr(s)`, which the VM owns).
    pub fn limit_error(&self, limit: usize) -> Option<FormatError> {
        match self {
            IntParseError::Invalid => None,
            IntParseError::TooManyDigits(n) => Some(FormatError::value(format!(
                "Exceeds the limit ({limit} digits) for integer string conversion: \
                 value has {n} digits; use sys.set_int_max_str_digits() to increase the limit"
            ))),
        }
    }
}

/// `int(s, base)` without a digit limit.  `base` is 0 (infer from prefix)
/// or 2..=36.
// `()` on purpose: the only failure is "invalid literal", whose message the
// VM builds from `repr(s)`.
#[allow(clippy::result_unit_err)]
pub fn parse_int(s: &str, base: u32) -> Result<BigInt, ()> {
    parse_int_limited(s, base, usize::MAX).map_err(|_| ())
}

/// `int(s, base)` with CPython's `max_str_digits` limit (0 = no limit),
/// applied, as CPython does, to bases that are not powers of two.
pub fn parse_int_limited(s: &str, base: u32, max_digits: usize) -> Result<BigInt, IntParseError> {
    use IntParseError::Invalid;
    if base == 1 || base > 36 {
        return Err(Invalid);
    }
    let text = to_ascii_number(s);
    let text = text.trim_matches(is_py_space);
    let (negative, unsigned) = split_sign(text);
    let (base, body, must_be_zero) = strip_base_prefix(unsigned, base);
    let (digits, rest) = scan_digits(body, base)?;
    let limit = if max_digits == 0 {
        usize::MAX
    } else {
        max_digits
    };
    if !base.is_power_of_two() && digits.len() > limit {
        return Err(IntParseError::TooManyDigits(digits.len()));
    }
    if !rest.is_empty() {
        return Err(Invalid);
    }
    // "0777" was octal in Python 2; now only all-zero runs are allowed.
    if must_be_zero && digits.bytes().any(|b| b != b'0') {
        return Err(Invalid);
    }
    let magnitude = BigInt::parse_bytes(digits.as_bytes(), base).ok_or(Invalid)?;
    Ok(if negative { -magnitude } else { magnitude })
}

/// CPython first maps non-ASCII white space to ' ' and Unicode decimal
/// digits to ASCII; other non-ASCII characters can never be valid.
fn to_ascii_number(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if is_py_space(c) {
                ' '
            } else if let Some(d) = decimal_value(c) {
                char::from_digit(d, 10).expect("decimal digit")
            } else {
                '?'
            }
        })
        .collect()
}

fn split_sign(s: &str) -> (bool, &str) {
    if let Some(rest) = s.strip_prefix('-') {
        (true, rest)
    } else {
        (false, s.strip_prefix('+').unwrap_or(s))
    }
}

/// Resolve base 0 from the prefix and drop a `0x`/`0o`/`0b` prefix that
/// matches the base (plus one optional underscore after it).  The flag is
/// set for base-0 strings with a leading `0` and no prefix.
fn strip_base_prefix(s: &str, base: u32) -> (u32, &str, bool) {
    let b = s.as_bytes();
    let marker = if b.len() >= 2 && b[0] == b'0' {
        match b[1].to_ascii_lowercase() {
            b'x' => Some(16),
            b'o' => Some(8),
            b'b' => Some(2),
            _ => None,
        }
    } else {
        None
    };
    let (base, must_be_zero) = match (base, marker) {
        (0, Some(m)) => (m, false),
        (0, None) => (10, s.starts_with('0')),
        (b, _) => (b, false),
    };
    if marker == Some(base) {
        let rest = &s[2..];
        return (base, rest.strip_prefix('_').unwrap_or(rest), must_be_zero);
    }
    (base, s, must_be_zero)
}

/// Take the run of digits (with single underscores between them) from the
/// front of `s`; returns the digits without underscores and what follows.
fn scan_digits(s: &str, base: u32) -> Result<(String, &str), IntParseError> {
    let mut digits = String::new();
    let mut prev_underscore = true; // no leading underscore either
    let mut end = s.len();
    for (i, c) in s.char_indices() {
        if c == '_' {
            if prev_underscore {
                return Err(IntParseError::Invalid);
            }
            prev_underscore = true;
        } else if c.is_digit(base) {
            digits.push(c);
            prev_underscore = false;
        } else {
            end = i;
            break;
        }
    }
    if digits.is_empty() {
        return Err(IntParseError::Invalid);
    }
    // A trailing underscore is left over and so makes the literal invalid.
    let end = if prev_underscore { end - 1 } else { end };
    Ok((digits, &s[end..]))
}

/// `float(s)`: white space, PEP 515 underscores, `inf`/`infinity`/`nan`
/// in any case with an optional sign, and `1e5`, `.5`, `5.` forms.
/// Out-of-range values become `inf` / `0.0` as in CPython.
#[allow(clippy::result_unit_err)] // see parse_int
pub fn parse_float(s: &str) -> Result<f64, ()> {
    let text = to_ascii_number(s);
    let text = text.trim_matches(is_py_space);
    let text = remove_underscores(text)?;
    let (negative, unsigned) = split_sign(&text);
    let magnitude = match unsigned.to_ascii_lowercase().as_str() {
        "inf" | "infinity" => f64::INFINITY,
        "nan" => f64::NAN,
        u if is_decimal_float(u) => u.parse::<f64>().map_err(|_| ())?,
        _ => return Err(()),
    };
    Ok(if negative { -magnitude } else { magnitude })
}

/// PEP 515: an underscore must sit between two digits.
fn remove_underscores(s: &str) -> Result<String, ()> {
    let b = s.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c == b'_' {
            let before = i > 0 && b[i - 1].is_ascii_digit();
            let after = b.get(i + 1).is_some_and(u8::is_ascii_digit);
            if !(before && after) {
                return Err(());
            }
        }
    }
    Ok(s.replace('_', ""))
}

/// `digits [. [digits]] | . digits`, then an optional `e[+-]digits`.
fn is_decimal_float(s: &str) -> bool {
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let (int_part, frac_part) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let all_digits = |t: &str| t.bytes().all(|b| b.is_ascii_digit());
    let mantissa_ok = all_digits(int_part)
        && all_digits(frac_part)
        && !(int_part.is_empty() && frac_part.is_empty());
    let exponent_ok = exponent.is_none_or(|e| {
        let e = e.strip_prefix(['+', '-']).unwrap_or(e);
        !e.is_empty() && all_digits(e)
    });
    mantissa_ok && exponent_ok
}

/// The value of an integer literal the tokenizer already validated:
/// `123`, `0x1f`, `0o17`, `0b101` (any case; underscores are tolerated).
pub fn parse_int_literal(text: &str) -> BigInt {
    let lower = text.to_ascii_lowercase();
    let (base, digits) = match lower.get(..2) {
        Some("0x") => (16, &lower[2..]),
        Some("0o") => (8, &lower[2..]),
        Some("0b") => (2, &lower[2..]),
        _ => (10, &lower[..]),
    };
    let digits: String = digits.chars().filter(|&c| c != '_').collect();
    BigInt::parse_bytes(digits.as_bytes(), base)
        .unwrap_or_else(|| panic!("invalid integer literal {text:?} reached parse_int_literal"))
}

#[cfg(test)]
mod tests {
    use super::*;

    include!("parse_num_cases.rs");

    #[test]
    fn int_oracle() {
        let mut failures = Vec::new();
        for &(s, base, want) in INT_CASES {
            let got = parse_int(s, base).map(|v| v.to_string()).ok();
            if got.as_deref() != want {
                failures.push(format!("int({s:?}, {base}): got {got:?}, want {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn float_oracle() {
        let mut failures = Vec::new();
        for &(s, want) in FLOAT_CASES {
            let got = parse_float(s).ok();
            let same = match (got, want) {
                (Some(g), Some(w)) => g.to_bits() == w.to_bits() || (g.is_nan() && w.is_nan()),
                (None, None) => true,
                _ => false,
            };
            if !same {
                failures.push(format!("float({s:?}): got {got:?}, want {want:?}"));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn nan_sign() {
        assert!(parse_float("-nan").unwrap().is_sign_negative());
        assert!(parse_float("nan").unwrap().is_sign_positive());
    }

    #[test]
    fn digit_limit() {
        let ok = "1".repeat(4300);
        assert!(parse_int_limited(&ok, 10, INT_MAX_STR_DIGITS).is_ok());
        let long = "1".repeat(4301);
        let err = parse_int_limited(&long, 10, INT_MAX_STR_DIGITS).unwrap_err();
        assert_eq!(err, IntParseError::TooManyDigits(4301));
        assert_eq!(
            err.limit_error(INT_MAX_STR_DIGITS).unwrap().message,
            "Exceeds the limit (4300 digits) for integer string conversion: value has 4301 \
             digits; use sys.set_int_max_str_digits() to increase the limit"
        );
        // Trailing garbage after the digit run still hits the limit first.
        let garbage = format!("{long}x");
        let err = parse_int_limited(&garbage, 10, INT_MAX_STR_DIGITS).unwrap_err();
        assert_eq!(err, IntParseError::TooManyDigits(4301));
        // Underscores do not count; power-of-two bases are exempt.
        let underscored = format!("{}1", "1_".repeat(2200));
        assert!(parse_int_limited(&underscored, 10, INT_MAX_STR_DIGITS).is_ok());
        assert!(parse_int_limited(&"1".repeat(5000), 16, INT_MAX_STR_DIGITS).is_ok());
        assert!(parse_int_limited(&long, 10, 0).is_ok());
        let doubled = format!("{long}__1");
        let err = parse_int_limited(&doubled, 10, INT_MAX_STR_DIGITS).unwrap_err();
        assert_eq!(err, IntParseError::Invalid);
    }

    #[test]
    fn literals() {
        let cases = [
            ("0", "0"),
            ("00", "0"),
            ("123", "123"),
            ("0x1f", "31"),
            ("0X1F", "31"),
            ("0o17", "15"),
            ("0b101", "5"),
            ("1_000", "1000"),
            (
                "123456789012345678901234567890",
                "123456789012345678901234567890",
            ),
        ];
        for (text, want) in cases {
            assert_eq!(parse_int_literal(text).to_string(), want, "{text}");
        }
    }
}
