//! Float to text conversions with CPython's exact layout and rounding.
//!
//! Digit generation is delegated to Rust's formatter: `{:e}` yields the
//! shortest round-tripping digits (what `repr` needs) and `{:.N}`/`{:.Ne}`
//! are correctly rounded (half-even on the exact binary value), exactly like
//! CPython's `_Py_dg_dtoa`.  This module only lays the digits out the way
//! `PyOS_double_to_string` does.

use super::FormatError;

/// Options of `PyOS_double_to_string` (its `Py_DTSF_*` flags).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct FloatFlags {
    /// `#`: always emit a decimal point; `g` keeps trailing zeros.
    pub alternate: bool,
    /// Positional results without a point get `.0` (repr / empty format type).
    pub add_dot_0: bool,
    /// `E`, `F`, `G`: upper-case exponent marker, `INF`, `NAN`.
    pub upper: bool,
    /// `z` (PEP 682): a negative value that rounds to zero loses its sign.
    pub no_neg_zero: bool,
}

/// `repr(x)` / `str(x)` for a float.
pub fn float_repr(x: f64) -> String {
    let flags = FloatFlags {
        add_dot_0: true,
        ..FloatFlags::default()
    };
    double_to_string(x, 'r', 0, flags)
}

/// `'%.{precision}f' % x`.
pub fn format_float_fixed(x: f64, precision: usize) -> String {
    double_to_string(x, 'f', precision, FloatFlags::default())
}

/// `'%.{precision}e' % x` (or `E` when `upper`).
pub fn format_float_exp(x: f64, precision: usize, upper: bool) -> String {
    let flags = FloatFlags {
        upper,
        ..FloatFlags::default()
    };
    double_to_string(x, 'e', precision, flags)
}

/// `'%.{precision}g' % x`, `'%#.{precision}g'` when `alternate`, `G` when `upper`.
pub fn format_float_general(x: f64, precision: usize, alternate: bool, upper: bool) -> String {
    let flags = FloatFlags {
        alternate,
        upper,
        ..FloatFlags::default()
    };
    double_to_string(x, 'g', precision, flags)
}

/// CPython's `PyOS_double_to_string`.
///
/// `mode` is one of `e`, `f`, `g` (precision as in printf) or `r` (shortest
/// repr digits; precision ignored).  Upper-case variants are requested via
/// `flags.upper`, but `E`/`F`/`G` are also accepted here for convenience.
pub fn double_to_string(x: f64, mode: char, precision: usize, mut flags: FloatFlags) -> String {
    if mode.is_ascii_uppercase() {
        flags.upper = true;
    }
    let mode = mode.to_ascii_lowercase();
    let body = if x.is_nan() {
        // CPython never prints a sign for NaN, whatever its sign bit.
        return cased("nan", flags.upper);
    } else if x.is_infinite() {
        "inf".to_string()
    } else {
        finite_body(x.abs(), mode, precision, flags)
    };
    let mut negative = x.is_sign_negative();
    if negative && flags.no_neg_zero && rounds_to_zero(&body) {
        negative = false;
    }
    let text = if negative { format!("-{body}") } else { body };
    cased(&text, flags.upper)
}

fn cased(s: &str, upper: bool) -> String {
    if upper {
        s.to_ascii_uppercase()
    } else {
        s.to_string()
    }
}

/// True when the mantissa of a formatted (unsigned) number is all zeros.
fn rounds_to_zero(body: &str) -> bool {
    let mantissa = body.split('e').next().unwrap_or("");
    mantissa.chars().all(|c| c == '0' || c == '.')
}

/// Format a finite, non-negative value without its sign.
fn finite_body(x: f64, mode: char, precision: usize, flags: FloatFlags) -> String {
    match mode {
        'f' => {
            let mut s = format!("{x:.precision$}");
            if flags.alternate && precision == 0 {
                s.push('.');
            }
            s
        }
        'e' => {
            let (digits, exp) = sci_digits(&format!("{x:.precision$e}"));
            exp_layout(&digits, exp, flags.alternate)
        }
        'g' => general_body(x, precision.max(1), flags),
        _ => repr_body(x, flags),
    }
}

/// `%g`: round to `p` significant digits, then choose a layout by exponent.
fn general_body(x: f64, p: usize, flags: FloatFlags) -> String {
    let (mut digits, exp) = sci_digits(&format!("{x:.prec$e}", prec = p - 1));
    // With ADD_DOT_0 (empty format type plus a precision) CPython switches to
    // exponent form one digit earlier, so `format(12.0, '.2')` is '1.2e+01'.
    let limit = if flags.add_dot_0 {
        p as i32 - 1
    } else {
        p as i32
    };
    if !flags.alternate {
        strip_trailing_zeros(&mut digits);
    }
    if exp < -4 || exp >= limit {
        exp_layout(&digits, exp, flags.alternate)
    } else {
        fixed_layout(&digits, exp, flags)
    }
}

/// `repr`: shortest digits, exponent form outside `1e-4 <= |x| < 1e16`.
fn repr_body(x: f64, flags: FloatFlags) -> String {
    let (digits, exp) = shortest_digits(x);
    if !(-4..16).contains(&exp) {
        exp_layout(&digits, exp, flags.alternate)
    } else {
        fixed_layout(&digits, exp, flags)
    }
}

/// Shortest round-tripping digits of `x`, choosing like CPython's dtoa
/// among equally short candidates.
///
/// Rust's `{:e}` gives the right *length* but, when the exact value lies
/// exactly halfway between two shortest candidates (e.g. `...719.25` with
/// 17 digits), it may round up where dtoa rounds half-even.  Re-rounding to
/// that many digits with the correctly rounded `{:.Ne}` yields dtoa's pick,
/// as long as it still reads back as `x`.
fn shortest_digits(x: f64) -> (String, i32) {
    let (digits, exp) = sci_digits(&format!("{x:e}"));
    let nearest = format!("{x:.prec$e}", prec = digits.len() - 1);
    let (mut digits, exp) = match nearest.parse::<f64>() {
        Ok(back) if back == x => sci_digits(&nearest),
        _ => (digits, exp),
    };
    strip_trailing_zeros(&mut digits);
    (digits, exp)
}

/// Split Rust's `{:e}` output ("1.2345e-5") into ("12345", -5).
fn sci_digits(s: &str) -> (String, i32) {
    let (mantissa, exp) = s.split_once('e').expect("{:e} output has an exponent");
    let digits = mantissa.chars().filter(|&c| c != '.').collect();
    (digits, exp.parse().expect("{:e} exponent is an integer"))
}

fn strip_trailing_zeros(digits: &mut String) {
    let keep = digits.trim_end_matches('0').len().max(1);
    digits.truncate(keep);
}

/// `d.ddde+XX`: the exponent always has a sign and at least two digits.
fn exp_layout(digits: &str, exp: i32, alternate: bool) -> String {
    let (first, rest) = digits.split_at(1);
    let mut s = first.to_string();
    if !rest.is_empty() || alternate {
        s.push('.');
        s.push_str(rest);
    }
    let sign = if exp < 0 { '-' } else { '+' };
    s.push_str(&format!("e{sign}{:02}", exp.unsigned_abs()));
    s
}

/// Positional layout of `d1.d2d3... * 10^exp` (all digits kept).
fn fixed_layout(digits: &str, exp: i32, flags: FloatFlags) -> String {
    let (int_part, frac_part) = if exp < 0 {
        let zeros = "0".repeat((-exp - 1) as usize);
        ("0".to_string(), format!("{zeros}{digits}"))
    } else {
        let point = exp as usize + 1;
        if digits.len() > point {
            (digits[..point].to_string(), digits[point..].to_string())
        } else {
            let pad = "0".repeat(point - digits.len());
            (format!("{digits}{pad}"), String::new())
        }
    };
    if !frac_part.is_empty() {
        format!("{int_part}.{frac_part}")
    } else if flags.add_dot_0 {
        format!("{int_part}.0")
    } else if flags.alternate {
        format!("{int_part}.")
    } else {
        int_part
    }
}

/// Largest `ndigits` for which rounding can change a double: beyond it
/// `round(x, n)` is `x` (CPython's NDIGITS_MAX, from 0.30103 > log10(2)).
const NDIGITS_MAX: i64 = 323;
/// Below this, every finite double rounds to a (signed) zero.
const NDIGITS_MIN: i64 = -308;

/// Python's `round(x, ndigits)` for a float: the exact binary value is
/// rounded half-even to `ndigits` decimal places, then read back.
///
/// Fails with OverflowError when the rounded value exceeds the double range
/// (e.g. `round(1.7976931348623157e308, -308)`).
pub fn round_float(x: f64, ndigits: i64) -> Result<f64, FormatError> {
    if !x.is_finite() || ndigits > NDIGITS_MAX {
        return Ok(x);
    }
    if ndigits < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let text = if ndigits >= 0 {
        format!("{x:.prec$}", prec = ndigits as usize)
    } else {
        round_to_tens(x, (-ndigits) as usize)
    };
    let rounded: f64 = text.parse().expect("rounded decimal text parses");
    if rounded.is_infinite() {
        return Err(FormatError::overflow(
            "rounded value too large to represent",
        ));
    }
    Ok(rounded)
}

/// Round `x` to a multiple of `10^k` (k >= 1), returning decimal text like
/// "-12e2".  Only the integer digits and a "fraction is non-zero" bit are
/// needed: a non-zero fraction breaks a tie upwards.
fn round_to_tens(x: f64, k: usize) -> String {
    let sign = if x.is_sign_negative() { "-" } else { "" };
    let int_part = x.abs().trunc();
    let sticky_frac = x.abs() != int_part;
    // Integral doubles print exactly with `{:.0}`.
    let digits = format!("{int_part:.0}");
    // Left-pad so there is always at least one digit above the cut.
    let digits = format!("{}{digits}", "0".repeat(k + 1));
    let (head, tail) = digits.split_at(digits.len() - k);
    let mut head: Vec<u8> = head.bytes().collect();
    let first = tail.as_bytes()[0];
    let rest_nonzero = tail[1..].bytes().any(|b| b != b'0') || sticky_frac;
    let last_odd = (head[head.len() - 1] - b'0') % 2 == 1;
    let round_up = first > b'5' || (first == b'5' && (rest_nonzero || last_odd));
    if round_up {
        increment_decimal(&mut head);
    }
    format!(
        "{sign}{}e{k}",
        String::from_utf8(head).expect("ascii digits")
    )
}

/// Add one to an ASCII decimal number in place; callers guarantee a leading
/// zero so the carry never runs off the front.
fn increment_decimal(digits: &mut [u8]) {
    for d in digits.iter_mut().rev() {
        if *d == b'9' {
            *d = b'0';
        } else {
            *d += 1;
            return;
        }
    }
}

/// `round(x)` with no ndigits, before the VM turns it into an int: nearest
/// integer, ties to even.  (Infinities/NaN are the VM's errors to raise.)
pub fn round_half_even(x: f64) -> f64 {
    let r = x.round();
    if (x - r).abs() == 0.5 {
        2.0 * (x / 2.0).round()
    } else {
        r
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Cases and expected strings produced by python3.11.
    #[test]
    // The tie cases below are written with their exact binary values.
    #[allow(clippy::excessive_precision)]
    fn repr_cases() {
        let cases: &[(f64, &str)] = &[
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1.0, "1.0"),
            (100.0, "100.0"),
            (0.1, "0.1"),
            (1.5, "1.5"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (9999999999999998.0, "9999999999999998.0"),
            (1.5e-5, "1.5e-05"),
            (0.0001, "0.0001"),
            (0.00015, "0.00015"),
            (1e-5, "1e-05"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (2.2250738585072014e-308, "2.2250738585072014e-308"),
            (123456789.0, "123456789.0"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1.0 / 3.0, "0.3333333333333333"),
            (2e16 + 8.0, "2.000000000000001e+16"),
            (-1.5e300, "-1.5e+300"),
            (1e100, "1e+100"),
            (123.456, "123.456"),
            // Exact ties between two shortest candidates round half-even.
            (1977648484140719.25, "1977648484140719.2"),
            (4168501959305.78125, "4168501959305.7812"),
            (-73713024502146.125, "-73713024502146.12"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (-f64::NAN, "nan"),
        ];
        for &(x, want) in cases {
            assert_eq!(float_repr(x), want, "repr({x:?})");
        }
    }

    include!("float_repr_cases.rs");

    #[test]
    fn printf_cases() {
        for &(x, prec, f, e, g, alt_g) in PRINTF_CASES {
            assert_eq!(format_float_fixed(x, prec), f, "'%.{prec}f' % {x:?}");
            assert_eq!(format_float_exp(x, prec, false), e, "'%.{prec}e' % {x:?}");
            assert_eq!(
                format_float_general(x, prec, false, false),
                g,
                "'%.{prec}g' % {x:?}"
            );
            assert_eq!(
                format_float_general(x, prec, true, false),
                alt_g,
                "'%#.{prec}g' % {x:?}"
            );
        }
    }

    #[test]
    fn upper_variants() {
        assert_eq!(format_float_exp(1234.5, 2, true), "1.23E+03");
        assert_eq!(format_float_general(1e-10, 6, false, true), "1E-10");
        assert_eq!(format_float_general(f64::INFINITY, 6, false, true), "INF");
        assert_eq!(format_float_exp(f64::NAN, 6, true), "NAN");
    }

    #[test]
    fn round_cases() {
        for &(x, n, want) in ROUND_CASES {
            let got = round_float(x, n).unwrap();
            assert_eq!(
                got.to_bits(),
                want.to_bits(),
                "round({x:?}, {n}) = {got:?}, want {want:?}"
            );
        }
    }

    #[test]
    fn round_overflow() {
        for n in [-308, -307] {
            let err = round_float(1.7976931348623157e308, n).unwrap_err();
            assert_eq!(err.kind, super::super::ErrKind::OverflowError);
            assert_eq!(err.message, "rounded value too large to represent");
        }
        assert!(round_float(f64::NAN, 2).unwrap().is_nan());
        assert_eq!(
            round_float(f64::NEG_INFINITY, -2).unwrap(),
            f64::NEG_INFINITY
        );
    }

    #[test]
    fn round_no_ndigits() {
        let cases = [
            (0.5, 0.0),
            (1.5, 2.0),
            (2.5, 2.0),
            (-2.5, -2.0),
            (-0.5, -0.0),
            (2.675, 3.0),
            (-3.7, -4.0),
            (4503599627370497.0, 4503599627370497.0),
        ];
        for (x, want) in cases {
            let want: f64 = want;
            assert_eq!(round_half_even(x).to_bits(), want.to_bits(), "round({x})");
        }
    }
}
