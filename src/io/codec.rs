//! The text encodings files support (UTF-8, ASCII, Latin-1) and the error
//! handlers CPython names (`strict`, `ignore`, `replace`,
//! `backslashreplace`, `xmlcharrefreplace` for encoding), with CPython's
//! Unicode error messages.

use crate::error::{ExcKind, PyErr, PyResult};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
}

impl Codec {
    /// Finds a codec by any of CPython's spellings of its name.
    pub fn lookup(name: &str) -> Option<Codec> {
        let norm: String = name
            .trim()
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || c == '.' {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .collect();
        Some(match norm.as_str() {
            "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
            "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968"
            | "ansi_x3.4_1986" | "cp367" | "csascii" | "ibm367" | "iso646_us"
            | "iso_646.irv_1991" | "iso_ir_6" => Codec::Ascii,
            "latin_1" | "latin1" | "latin" | "l1" | "iso8859_1" | "iso_8859_1" | "8859"
            | "cp819" | "iso_ir_100" | "iso_8859_1_1987" | "ibm819" | "csisolatin1" => {
                Codec::Latin1
            }
            _ => return None,
        })
    }

    /// The name in CPython's error messages.
    pub fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
        }
    }

    fn limit(self) -> u32 {
        match self {
            Codec::Utf8 => 0x11_0000,
            Codec::Ascii => 0x80,
            Codec::Latin1 => 0x100,
        }
    }
}

/// Text decoded from bytes: each character with the offset just past the
/// bytes it came from, so a text file can tell where it stands.
#[derive(Default)]
pub struct Decoded {
    pub chars: Vec<char>,
    pub ends: Vec<u32>,
}

impl Decoded {
    fn push(&mut self, c: char, end: usize) {
        self.chars.push(c);
        self.ends.push(end as u32);
    }
}

fn unknown_handler(errors: &str) -> PyErr {
    PyErr::new(
        ExcKind::LookupError,
        format!("unknown error handler name '{errors}'"),
    )
}

fn decode_error(codec: Codec, bytes: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let what = if end - start == 1 {
        format!("byte 0x{:02x} in position {start}", bytes[start])
    } else {
        format!("bytes in position {start}-{}", end - 1)
    };
    PyErr::new(
        ExcKind::UnicodeDecodeError,
        format!("'{}' codec can't decode {what}: {reason}", codec.name()),
    )
}

/// Applies a decoding error handler to the bad bytes `start..end`.
fn handle_bad(
    codec: Codec,
    errors: &str,
    bytes: &[u8],
    (start, end): (usize, usize),
    reason: &str,
    base: usize,
    out: &mut Decoded,
) -> PyResult<()> {
    match errors {
        "strict" => return Err(decode_error(codec, bytes, start, end, reason)),
        "ignore" => {}
        "replace" => out.push('\u{fffd}', base + end),
        "backslashreplace" => {
            for &b in &bytes[start..end] {
                for c in format!("\\x{b:02x}").chars() {
                    out.push(c, base + end);
                }
            }
        }
        "surrogateescape" | "surrogatepass" => {
            return Err(crate::error::not_implemented(&format!(
                "the '{errors}' error handler (lone surrogates)"
            )));
        }
        _ => return Err(unknown_handler(errors)),
    }
    Ok(())
}

/// Decodes `bytes`, appending to `out` with offsets counted from `base`.
/// Unless `last`, an incomplete UTF-8 sequence at the end is left over;
/// returns how many bytes were consumed.
pub fn decode(
    codec: Codec,
    errors: &str,
    bytes: &[u8],
    last: bool,
    base: usize,
    out: &mut Decoded,
) -> PyResult<usize> {
    if codec != Codec::Utf8 {
        for (i, &b) in bytes.iter().enumerate() {
            if (b as u32) < codec.limit() {
                out.push(b as char, base + i + 1);
            } else {
                let reason = "ordinal not in range(128)";
                handle_bad(codec, errors, bytes, (i, i + 1), reason, base, out)?;
            }
        }
        return Ok(bytes.len());
    }
    let mut pos = 0;
    while pos < bytes.len() {
        match std::str::from_utf8(&bytes[pos..]) {
            Ok(s) => {
                push_str(s, base + pos, out);
                return Ok(bytes.len());
            }
            Err(e) => {
                let good = e.valid_up_to();
                let s = std::str::from_utf8(&bytes[pos..pos + good]).unwrap_or_default();
                push_str(s, base + pos, out);
                let start = pos + good;
                match e.error_len() {
                    Some(n) => {
                        let reason = if n == 1 && !is_start_byte(bytes[start]) {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        handle_bad(codec, errors, bytes, (start, start + n), reason, base, out)?;
                        pos = start + n;
                    }
                    None if !last => return Ok(start),
                    None => {
                        let span = (start, bytes.len());
                        handle_bad(
                            codec,
                            errors,
                            bytes,
                            span,
                            "unexpected end of data",
                            base,
                            out,
                        )?;
                        return Ok(bytes.len());
                    }
                }
            }
        }
    }
    Ok(bytes.len())
}

fn is_start_byte(b: u8) -> bool {
    matches!(b, 0xC2..=0xF4)
}

fn push_str(s: &str, base: usize, out: &mut Decoded) {
    for (i, c) in s.char_indices() {
        out.push(c, base + i + c.len_utf8());
    }
}

fn char_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// Encodes text; positions in error messages count characters of `text`.
pub fn encode(codec: Codec, errors: &str, text: &str) -> PyResult<Vec<u8>> {
    if codec == Codec::Utf8 {
        return Ok(text.as_bytes().to_vec());
    }
    let limit = codec.limit();
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u8);
            i += 1;
            continue;
        }
        let end = i + chars[i..]
            .iter()
            .take_while(|c| (**c as u32) >= limit)
            .count();
        match errors {
            "strict" => {
                let what = if end - i == 1 {
                    format!("character '{}' in position {i}", char_escape(c))
                } else {
                    format!("characters in position {i}-{}", end - 1)
                };
                return Err(PyErr::new(
                    ExcKind::UnicodeEncodeError,
                    format!(
                        "'{}' codec can't encode {what}: ordinal not in range({limit})",
                        codec.name()
                    ),
                ));
            }
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', end - i)),
            "backslashreplace" => {
                for c in &chars[i..end] {
                    out.extend(char_escape(*c).bytes());
                }
            }
            "xmlcharrefreplace" => {
                for c in &chars[i..end] {
                    out.extend(format!("&#{};", *c as u32).bytes());
                }
            }
            _ => return Err(unknown_handler(errors)),
        }
        i = end;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_keeps_incomplete_tail_until_last() {
        let mut d = Decoded::default();
        let used = decode(
            Codec::Utf8,
            "strict",
            "aé".as_bytes()[..2].as_ref(),
            false,
            0,
            &mut d,
        )
        .unwrap();
        assert_eq!((used, d.chars.len()), (1, 1));
        assert!(decode(Codec::Utf8, "strict", b"\xc3", true, 0, &mut d).is_err());
    }

    #[test]
    fn ends_track_byte_offsets() {
        let mut d = Decoded::default();
        decode(Codec::Utf8, "strict", "aé中".as_bytes(), true, 10, &mut d).unwrap();
        assert_eq!(d.ends, vec![11, 13, 16]);
    }

    #[test]
    fn aliases() {
        assert_eq!(Codec::lookup("UTF8"), Some(Codec::Utf8));
        assert_eq!(Codec::lookup("iso-8859-1"), Some(Codec::Latin1));
        assert_eq!(Codec::lookup("koi8_r"), None);
    }
}
