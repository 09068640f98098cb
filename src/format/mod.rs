//! Number and string formatting, bit-for-bit compatible with CPython 3.11.
//!
//! Everything here is a pure function over Rust values; the VM converts its
//! objects (calling `str()`/`repr()` where Python would) and maps
//! [`FormatError`] onto the matching Python exception.
//!
//! * [`float_repr`]: `repr(float)`, `'%.Nf'`-style layouts, `round(x, n)`.
//! * [`spec`]: the `format()` / `str.format` mini-language.
//! * [`percent`]: printf-style `%` formatting pieces.
//! * [`parse_num`]: `int(str, base)`, `float(str)` and source literals.

pub mod float_repr;
pub mod parse_num;
pub mod percent;
pub mod spec;

use std::fmt;

/// Which Python exception a [`FormatError`] stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrKind {
    ValueError,
    TypeError,
    OverflowError,
}

/// An error with CPython's exact exception type and message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    pub kind: ErrKind,
    pub message: String,
}

impl FormatError {
    pub fn value(message: impl Into<String>) -> Self {
        FormatError {
            kind: ErrKind::ValueError,
            message: message.into(),
        }
    }

    pub fn type_error(message: impl Into<String>) -> Self {
        FormatError {
            kind: ErrKind::TypeError,
            message: message.into(),
        }
    }

    pub fn overflow(message: impl Into<String>) -> Self {
        FormatError {
            kind: ErrKind::OverflowError,
            message: message.into(),
        }
    }
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.message)
    }
}

impl std::error::Error for FormatError {}

/// Code points of every Unicode `Nd` "zero" (Unicode 14, as in CPython 3.11).
/// Each is followed by the digits one..nine, so this table is all of `Nd`.
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// Python's `unicodedata.decimal(c)`: CPython accepts any Unicode decimal
/// digit in `int()`, `float()` and format-spec widths, not just ASCII.
pub fn decimal_value(c: char) -> Option<u32> {
    let cp = c as u32;
    // The last zero at or below `cp`; digits are the ten code points after it.
    let idx = DECIMAL_ZEROS.partition_point(|&z| z <= cp);
    let zero = *DECIMAL_ZEROS.get(idx.checked_sub(1)?)?;
    (cp - zero < 10).then_some(cp - zero)
}

/// Python's `str.isspace()` as used by `int()`/`float()`: only the C-locale
/// ASCII spaces (so not `\x1c`..`\x1f`), plus non-ASCII Unicode white space.
pub fn is_py_space(c: char) -> bool {
    if c.is_ascii() {
        matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r')
    } else {
        c.is_whitespace()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimal_digits() {
        assert_eq!(decimal_value('7'), Some(7));
        assert_eq!(decimal_value('\u{0663}'), Some(3));
        assert_eq!(decimal_value('\u{1d7ce}'), Some(0));
        assert_eq!(decimal_value('\u{1d7d7}'), Some(9));
        assert_eq!(decimal_value('a'), None);
        assert_eq!(decimal_value('/'), None);
        assert_eq!(decimal_value('\u{00b2}'), None); // superscript two is not Nd
    }

    #[test]
    fn spaces() {
        assert!(is_py_space('\u{3000}'));
        assert!(is_py_space('\u{85}'));
        assert!(!is_py_space('\x1c'));
        assert!(!is_py_space('a'));
    }
}
#[cfg(test)]
mod fuzz;
