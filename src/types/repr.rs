//! `repr()` of every built-in value.

use crate::error::PyResult;
use crate::value::Value;
use crate::vm::Vm;

pub fn repr(_vm: &mut Vm, v: &Value) -> PyResult<String> {
    Ok(format!("{v:?}"))
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
