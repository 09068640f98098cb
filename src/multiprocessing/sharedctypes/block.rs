//! The shared bytes of one `Value` or `Array`: a run of C elements in a
//! shared mapping, with Python-level element and slice access.

use super::ctype::CType;
use crate::error::{PyErr, PyResult, index_error, type_error, value_error};
use crate::multiprocessing::shm::SharedRegion;
use crate::object::NativeObject;
use crate::value::Value;
use crate::vm::Vm;
use std::any::Any;

pub struct Block {
    region: SharedRegion,
    pub ctype: CType,
    pub len: usize,
}

impl NativeObject for Block {
    fn type_name(&self) -> &str {
        "_sharedctypes_block"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl Block {
    pub fn new(ctype: CType, len: usize) -> PyResult<Block> {
        let region = SharedRegion::new(ctype.size() * len)?;
        Ok(Block { region, ctype, len })
    }

    fn at(&self, i: usize) -> *mut u8 {
        debug_assert!(i < self.len);
        // SAFETY: `i < len`, so the offset stays inside the mapping.
        unsafe { self.region.as_ptr().add(i * self.ctype.size()) }
    }

    pub fn get(&self, i: usize) -> Value {
        // SAFETY: `at` yields an in-bounds, aligned element.
        unsafe { self.ctype.read(self.at(i)) }
    }

    pub fn set(&self, vm: &mut Vm, i: usize, v: &Value) -> PyResult<()> {
        // SAFETY: as in `get`.
        unsafe { self.ctype.write(vm, self.at(i), v) }
    }

    pub fn items(&self, range: impl Iterator<Item = usize>) -> Value {
        let items: Vec<Value> = range.map(|i| self.get(i)).collect();
        match self.ctype {
            CType::Char => Value::bytes(items.iter().map(byte_of).collect()),
            CType::WChar => Value::string(items.iter().map(char_of).collect()),
            _ => Value::list(items),
        }
    }

    /// `a[key]`: an element or, for a slice, a list (bytes, str).
    pub fn subscript(&self, vm: &mut Vm, key: &Value) -> PyResult<Value> {
        if let Value::Slice(s) = key {
            let idx = self.slice(vm, s)?;
            return Ok(self.items(idx.into_iter()));
        }
        let i = self.index(vm, key)?;
        Ok(self.get(i))
    }

    /// `a[key] = v`.
    pub fn assign(&self, vm: &mut Vm, key: &Value, v: &Value) -> PyResult<()> {
        if let Value::Slice(s) = key {
            let idx = self.slice(vm, s)?;
            let n = vm.len(v)?;
            if n != idx.len() {
                return Err(value_error("Can only assign sequence of same size"));
            }
            let items = vm.collect(v)?;
            for (i, item) in idx.into_iter().zip(items.iter()) {
                self.set(vm, i, item)?;
            }
            return Ok(());
        }
        let i = self.index(vm, key)?;
        self.set(vm, i, v)
    }

    fn index(&self, vm: &mut Vm, key: &Value) -> PyResult<usize> {
        let i = match key {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            Value::BigInt(_) => return Err(index_error("invalid index")),
            Value::Instance(_) => vm.index_value(key).map_err(|_| indices_error())?,
            _ => return Err(indices_error()),
        };
        let i = if i < 0 { i + self.len as i64 } else { i };
        if i < 0 || i >= self.len as i64 {
            return Err(index_error("invalid index"));
        }
        Ok(i as usize)
    }

    fn slice(&self, vm: &mut Vm, s: &crate::object::Slice) -> PyResult<Vec<usize>> {
        let (start, stop, step) = crate::types::subscript::slice_indices(vm, s, self.len)?;
        let n = crate::types::subscript::slice_len(start, stop, step);
        Ok((0..n as i64).map(|k| (start + k * step) as usize).collect())
    }

    /// A char array's `.value`: the bytes up to the first NUL.
    pub fn char_value(&self) -> Value {
        let end = (0..self.len)
            .find(|&i| byte_of(&self.get(i)) == 0)
            .unwrap_or(self.len);
        self.items(0..end)
    }

    /// Sets `.value` (NUL-terminated when shorter) or `.raw` (as is).
    pub fn set_chars(&self, vm: &mut Vm, v: &Value, terminate: bool) -> PyResult<()> {
        let data: Vec<u8> = match v {
            Value::Bytes(b) => b.to_vec(),
            Value::ByteArray(b) if !terminate => b.borrow().clone(),
            other => {
                return Err(type_error(format!(
                    "bytes expected instead of {} instance",
                    vm.type_name(other)
                )));
            }
        };
        if data.len() > self.len {
            return Err(value_error("byte string too long"));
        }
        for (i, b) in data.iter().enumerate() {
            self.set(vm, i, &Value::Int(*b as i64))?;
        }
        if terminate && data.len() < self.len {
            self.set(vm, data.len(), &Value::Int(0))?;
        }
        Ok(())
    }

    /// A wchar array's `.value`: the text up to the first NUL.
    pub fn wchar_value(&self) -> Value {
        let end = (0..self.len)
            .find(|&i| char_of(&self.get(i)) == '\0')
            .unwrap_or(self.len);
        self.items(0..end)
    }
}

fn indices_error() -> PyErr {
    type_error("indices must be integers")
}

fn byte_of(v: &Value) -> u8 {
    match v {
        Value::Bytes(b) => b.first().copied().unwrap_or(0),
        _ => 0,
    }
}

fn char_of(v: &Value) -> char {
    match v {
        Value::Str(s) => s.as_str().chars().next().unwrap_or('\0'),
        _ => '\0',
    }
}
