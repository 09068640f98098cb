//! The C types behind the `array` typecodes: sizes, names, and the
//! conversions ctypes applies (integers wrap silently to the width,
//! `f` rounds to single precision, `c` is one byte, `u` one wchar_t).

use crate::error::{PyResult, type_error};
use crate::value::Value;
use crate::vm::Vm;
use num_bigint::BigInt;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CType {
    Byte,
    UByte,
    Short,
    UShort,
    Int,
    UInt,
    Long,
    ULong,
    Float,
    Double,
    Char,
    WChar,
}

impl CType {
    pub fn from_typecode(tc: &str) -> Option<CType> {
        Some(match tc {
            "b" => CType::Byte,
            "B" => CType::UByte,
            "h" => CType::Short,
            "H" => CType::UShort,
            "i" => CType::Int,
            "I" => CType::UInt,
            // On LP64 ctypes makes c_longlong the same type as c_long.
            "l" | "q" => CType::Long,
            "L" | "Q" => CType::ULong,
            "f" => CType::Float,
            "d" => CType::Double,
            "c" => CType::Char,
            "u" => CType::WChar,
            _ => return None,
        })
    }

    pub fn size(self) -> usize {
        match self {
            CType::Byte | CType::UByte | CType::Char => 1,
            CType::Short | CType::UShort => 2,
            CType::Int | CType::UInt | CType::Float | CType::WChar => 4,
            CType::Long | CType::ULong | CType::Double => 8,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            CType::Byte => "c_byte",
            CType::UByte => "c_ubyte",
            CType::Short => "c_short",
            CType::UShort => "c_ushort",
            CType::Int => "c_int",
            CType::UInt => "c_uint",
            CType::Long => "c_long",
            CType::ULong => "c_ulong",
            CType::Float => "c_float",
            CType::Double => "c_double",
            CType::Char => "c_char",
            CType::WChar => "c_wchar",
        }
    }

    /// Reads the element at `p`.
    ///
    /// # Safety
    /// `p` must point to `self.size()` readable bytes.
    pub unsafe fn read(self, p: *const u8) -> Value {
        // SAFETY: the caller guarantees the size; elements sit at
        // multiples of their size in a page-aligned mapping, so aligned.
        // Volatile: other processes write the same memory.
        unsafe {
            match self {
                CType::Byte => Value::Int(rd::<i8>(p) as i64),
                CType::UByte => Value::Int(rd::<u8>(p) as i64),
                CType::Short => Value::Int(rd::<i16>(p) as i64),
                CType::UShort => Value::Int(rd::<u16>(p) as i64),
                CType::Int => Value::Int(rd::<i32>(p) as i64),
                CType::UInt => Value::Int(rd::<u32>(p) as i64),
                CType::Long => Value::Int(rd::<i64>(p)),
                CType::ULong => {
                    let v = rd::<u64>(p);
                    match i64::try_from(v) {
                        Ok(i) => Value::Int(i),
                        Err(_) => Value::from_bigint(BigInt::from(v)),
                    }
                }
                CType::Float => Value::Float(rd::<f32>(p) as f64),
                CType::Double => Value::Float(rd::<f64>(p)),
                CType::Char => Value::bytes(vec![rd::<u8>(p)]),
                CType::WChar => {
                    let c = char::from_u32(rd::<u32>(p)).unwrap_or('\u{fffd}');
                    Value::string(c.to_string())
                }
            }
        }
    }

    /// Converts `v` as ctypes does and stores it at `p`.
    ///
    /// # Safety
    /// `p` must point to `self.size()` writable bytes.
    pub unsafe fn write(self, vm: &mut Vm, p: *mut u8, v: &Value) -> PyResult<()> {
        let bits = self.convert(vm, v)?;
        // SAFETY: the caller guarantees the size.
        unsafe {
            match self.size() {
                1 => wr(p, bits as u8),
                2 => wr(p, bits as u16),
                4 => wr(p, bits as u32),
                _ => wr(p, bits),
            }
        }
        Ok(())
    }

    /// The value's bit pattern, low `size()` bytes significant.
    fn convert(self, vm: &mut Vm, v: &Value) -> PyResult<u64> {
        match self {
            CType::Float => Ok((float(vm, v)? as f32).to_bits() as u64),
            CType::Double => Ok(float(vm, v)?.to_bits()),
            CType::Char => char_byte(v).map(u64::from),
            CType::WChar => wchar(vm, v).map(u64::from),
            _ => wrapped_int(vm, v),
        }
    }
}

/// # Safety
/// `p` must point to `size_of::<T>()` readable, aligned bytes.
unsafe fn rd<T: Copy>(p: *const u8) -> T {
    // SAFETY: as the caller guarantees.
    unsafe { std::ptr::read_volatile(p as *const T) }
}

/// # Safety
/// `p` must point to `size_of::<T>()` writable, aligned bytes.
unsafe fn wr<T: Copy>(p: *mut u8, v: T) {
    // SAFETY: as the caller guarantees.
    unsafe { std::ptr::write_volatile(p as *mut T, v) }
}

/// An integer reduced modulo 2**64 (ctypes masks, it does not check).
fn wrapped_int(vm: &mut Vm, v: &Value) -> PyResult<u64> {
    match v {
        Value::Int(i) => return Ok(*i as u64),
        Value::Bool(b) => return Ok(*b as u64),
        Value::Float(_) | Value::Str(_) | Value::Bytes(_) => {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                vm.type_name(v)
            )));
        }
        _ => {}
    }
    let b = crate::types::int::index_big(vm, v)?;
    let m = BigInt::from(1u8) << 64;
    let r = ((b % &m) + &m) % &m;
    Ok(u64::try_from(r).unwrap_or(0))
}

fn float(vm: &mut Vm, v: &Value) -> PyResult<f64> {
    match v {
        Value::Float(_) | Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => {
            crate::types::float::to_float_value(vm, v)
        }
        other => Err(type_error(format!(
            "must be real number, not {}",
            vm.type_name(other)
        ))),
    }
}

fn char_byte(v: &Value) -> PyResult<u8> {
    let err = || type_error("one character bytes, bytearray or integer expected");
    match v {
        Value::Bytes(b) if b.len() == 1 => Ok(b[0]),
        Value::ByteArray(b) if b.borrow().len() == 1 => Ok(b.borrow()[0]),
        Value::Int(i) if (0..256).contains(i) => Ok(*i as u8),
        _ => Err(err()),
    }
}

fn wchar(vm: &mut Vm, v: &Value) -> PyResult<u32> {
    match v {
        Value::Str(s) => {
            let mut it = s.as_str().chars();
            match (it.next(), it.next()) {
                (Some(c), None) => Ok(c as u32),
                _ => Err(type_error("one character unicode string expected")),
            }
        }
        other => Err(type_error(format!(
            "unicode string expected instead of {} instance",
            vm.type_name(other)
        ))),
    }
}
