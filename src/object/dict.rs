//! `dict`: an insertion-ordered hash map keyed by Python values.
//!
//! Keys carry their Python hash. Equality of built-in keys is decided here
//! (`fast_eq`); keys whose equality needs Python code (`__eq__` on
//! instances) are compared by the VM through `find_slow` candidates.

use crate::value::Value;
use indexmap::IndexMap;
use std::hash::{BuildHasherDefault, Hash, Hasher};

#[derive(Clone)]
pub struct HashKey {
    pub hash: u64,
    pub key: Value,
}

impl Hash for HashKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
    }
}

impl PartialEq for HashKey {
    fn eq(&self, other: &HashKey) -> bool {
        self.hash == other.hash && fast_eq(&self.key, &other.key) == Some(true)
    }
}
impl Eq for HashKey {}

/// The hash is already mixed; pass it through.
#[derive(Default)]
pub struct IdentityHasher(u64);

impl Hasher for IdentityHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = self.0.rotate_left(8) ^ b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        // Spread the low bits: int hashes are small consecutive numbers.
        self.0 = n.wrapping_mul(0x9E3779B97F4A7C15);
    }
}

pub type Map<V> = IndexMap<HashKey, V, BuildHasherDefault<IdentityHasher>>;

/// Equality of two keys when it can be decided without running Python
/// code: `Some(answer)`, or `None` when a user-defined `__eq__` may apply.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    use Value::*;
    if a.is(b) {
        return Some(true);
    }
    Some(match (a, b) {
        (Str(x), Str(y)) => x.as_str() == y.as_str(),
        (Int(x), Int(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => {
            (*x as f64) == *y && y.fract() == 0.0 && (*y as i64) == *x
        }
        (Float(x), Float(y)) => x == y,
        (Bool(x), Bool(y)) => x == y,
        (Bool(x), Int(y)) | (Int(y), Bool(x)) => (*x as i64) == *y,
        (Bool(x), Float(y)) | (Float(y), Bool(x)) => (*x as i64 as f64) == *y,
        (BigInt(x), BigInt(y)) => x == y,
        (BigInt(x), Float(y)) | (Float(y), BigInt(x)) => {
            use num_traits::ToPrimitive;
            y.fract() == 0.0
                && x.to_f64() == Some(*y)
                && num_bigint::BigInt::from_f64_exact(*y).as_ref() == Some(&**x)
        }
        (Bytes(x), Bytes(y)) => x == y,
        (Tuple(x), Tuple(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for (p, q) in x.iter().zip(y.iter()) {
                match fast_eq(p, q)? {
                    true => {}
                    false => return Some(false),
                }
            }
            true
        }
        (FrozenSet(x), FrozenSet(y)) => {
            if x.len() != y.len() {
                return Some(false);
            }
            for k in x.map.keys() {
                if !y.map.contains_key(k) {
                    return Some(false);
                }
            }
            true
        }
        (BoundMethod(x), BoundMethod(y)) => x.func.is(&y.func) && x.receiver.is(&y.receiver),
        // Distinct kinds of plain values are never equal; anything else
        // (ranges, slices, bytearrays, instances...) needs the full compare.
        _ if is_plain(a) && is_plain(b) => false,
        _ => return Option::None,
    })
}

/// Values whose equality with a value of another kind is always false.
/// `Null` is the key of a deleted entry, equal to no live key: without it
/// here, a key whose hash met a deleted one fell to a scan of every entry.
fn is_plain(v: &Value) -> bool {
    matches!(
        v,
        Value::Null
            | Value::None
            | Value::Str(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::Bool(_)
            | Value::BigInt(_)
            | Value::Tuple(_)
            | Value::FrozenSet(_)
            | Value::Ellipsis
            | Value::NotImplemented
    )
}

trait FromF64Exact: Sized {
    fn from_f64_exact(f: f64) -> Option<Self>;
}
impl FromF64Exact for num_bigint::BigInt {
    fn from_f64_exact(f: f64) -> Option<Self> {
        use num_traits::FromPrimitive;
        num_bigint::BigInt::from_f64(f)
    }
}

/// A lookup could not be decided without running a Python `__eq__`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NeedsEq;

#[derive(Default)]
pub struct Dict {
    entries: Map<Value>,
    /// Deleted entries still in `entries` (key and value `Null`), so that
    /// deletion is O(1); compacted once they outnumber the live ones.
    dead: usize,
    /// Changes, to a number no dict has had, whenever a key is added:
    /// LOAD_GLOBAL's cache trusts "this name is not in the globals" only
    /// while it holds (see `vm::global_cache`). Overwriting a value or
    /// deleting a key leaves it alone. A new empty dict has 0.
    key_version: u64,
}

thread_local! {
    static NEXT_KEY_VERSION: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

fn fresh_key_version() -> u64 {
    NEXT_KEY_VERSION.with(|n| {
        let v = n.get();
        n.set(v + 1);
        v
    })
}

impl Clone for Dict {
    fn clone(&self) -> Dict {
        Dict {
            entries: self.entries.clone(),
            dead: self.dead,
            key_version: fresh_key_version(),
        }
    }
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }
    pub fn with_capacity(n: usize) -> Dict {
        Dict {
            entries: Map::with_capacity_and_hasher(n, Default::default()),
            dead: 0,
            key_version: 0,
        }
    }
    /// See the field.
    #[inline]
    pub fn key_version(&self) -> u64 {
        self.key_version
    }
    pub fn len(&self) -> usize {
        self.entries.len() - self.dead
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Live entries in insertion order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&HashKey, &Value)> {
        self.entries.iter().filter(|(k, _)| !k.key.is_null())
    }
    pub fn keys(&self) -> impl DoubleEndedIterator<Item = &HashKey> {
        self.iter().map(|(k, _)| k)
    }
    pub fn values(&self) -> impl DoubleEndedIterator<Item = &Value> {
        self.iter().map(|(_, v)| v)
    }
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut Value> {
        self.entries
            .iter_mut()
            .filter(|(k, _)| !k.key.is_null())
            .map(|(_, v)| v)
    }
    /// Number of slots, dead ones included: positions for iterators that
    /// walk the dict live (`slot`).
    pub fn slots(&self) -> usize {
        self.entries.len()
    }
    /// The entry at a slot position; `Some` with a `Null` key for a
    /// deleted entry.
    pub fn slot(&self, i: usize) -> Option<(&HashKey, &Value)> {
        self.entries.get_index(i)
    }
    /// The entry at a position returned by `index_fast` (always live).
    pub fn get_index(&self, i: usize) -> Option<(&HashKey, &Value)> {
        self.entries.get_index(i).filter(|(k, _)| !k.key.is_null())
    }
    pub fn get_index_mut(&mut self, i: usize) -> Option<(&HashKey, &mut Value)> {
        self.entries
            .get_index_mut(i)
            .filter(|(k, _)| !k.key.is_null())
    }
    /// Deletes the entry at a position in O(1): it becomes a dead slot
    /// (a `Null` key never equals a live key) until compaction.
    pub fn remove_index(&mut self, i: usize) -> Option<(Value, Value)> {
        use indexmap::map::MutableKeys;
        let (k, v) = self.entries.get_index_mut2(i)?;
        if k.key.is_null() {
            return None;
        }
        let key = std::mem::take(&mut k.key);
        let value = std::mem::take(v);
        self.dead += 1;
        if self.dead > 8 && self.dead > self.len() {
            self.compact();
        }
        Some((key, value))
    }
    fn compact(&mut self) {
        self.entries.retain(|k, _| !k.key.is_null());
        self.dead = 0;
    }
    /// Removes and returns the last live entry (`dict.popitem`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        while let Some((k, v)) = self.entries.pop() {
            if k.key.is_null() {
                self.dead -= 1;
                continue;
            }
            return Some((k.key, v));
        }
        None
    }
    pub fn clear(&mut self) {
        self.entries.clear();
        self.dead = 0;
    }
    /// Lookup by a string key (names, kwargs): never needs Python code.
    pub fn get_str(&self, key: &crate::value::Str) -> Option<&Value> {
        use indexmap::map::RawEntryApiV1;
        let hash = key.hash();
        self.entries
            .raw_entry_v1()
            .from_hash(spread(hash), |k| k.hash == hash && is_str_key(&k.key, key))
            .map(|(_, v)| v)
    }
    /// Insert with a string key; returns the entry's position.
    pub fn set_str(&mut self, key: crate::value::Str, value: Value) -> usize {
        let hash = key.hash();
        let (index, old) = self.entries.insert_full(
            HashKey {
                hash,
                key: Value::Str(key),
            },
            value,
        );
        if old.is_none() {
            self.key_version = fresh_key_version();
        }
        index
    }
    /// Position of the live entry with this string key.
    pub fn index_of_str(&self, key: &crate::value::Str) -> Option<usize> {
        use indexmap::map::RawEntryApiV1;
        let hash = key.hash();
        self.entries
            .raw_entry_v1()
            .index_from_hash(spread(hash), |k| k.hash == hash && is_str_key(&k.key, key))
    }
    /// The value at position `i` if its key is the string `key`: a cached
    /// position checked without hashing.
    #[inline]
    pub fn get_str_at(&self, i: usize, key: &crate::value::Str) -> Option<&Value> {
        self.entries
            .get_index(i)
            .filter(|(k, _)| is_str_key(&k.key, key))
            .map(|(_, v)| v)
    }
    /// `get_str_at` for writing the value.
    #[inline]
    pub fn get_str_at_mut(&mut self, i: usize, key: &crate::value::Str) -> Option<&mut Value> {
        self.entries
            .get_index_mut(i)
            .filter(|(k, _)| is_str_key(&k.key, key))
            .map(|(_, v)| v)
    }
    pub fn remove_str(&mut self, key: &crate::value::Str) -> Option<Value> {
        let hk = HashKey {
            hash: key.hash(),
            key: Value::Str(key.clone()),
        };
        let i = self.entries.get_index_of(&hk)?;
        self.remove_index(i).map(|(_, v)| v)
    }
    /// Index of the entry whose key is decidably equal, for insertion and
    /// removal. `Err(NeedsEq)` when `__eq__` must be consulted.
    pub fn index_fast(&self, key: &Value, hash: u64) -> Result<Option<usize>, NeedsEq> {
        use indexmap::map::RawEntryApiV1;
        let mut undecided = false;
        let found = self
            .entries
            .raw_entry_v1()
            .index_from_hash(spread(hash), |k| {
                if k.hash != hash {
                    return false;
                }
                // The usual keys, compared without the general match.
                match (&k.key, key) {
                    (Value::Str(_), Value::Str(b)) => return is_str_key(&k.key, b),
                    (Value::Int(a), Value::Int(b)) => return a == b,
                    _ => {}
                }
                match fast_eq(&k.key, key) {
                    Some(b) => b,
                    None => {
                        undecided = true;
                        false
                    }
                }
            });
        match found {
            Some(i) => Ok(Some(i)),
            None if undecided => Err(NeedsEq),
            None => Ok(None),
        }
    }
    /// Indexes of entries with this hash: the candidates the VM compares
    /// with `__eq__` when `index_fast` could not decide.
    pub fn candidates(&self, hash: u64) -> Vec<usize> {
        self.entries
            .keys()
            .enumerate()
            .filter(|(_, k)| k.hash == hash && !k.key.is_null())
            .map(|(i, _)| i)
            .collect()
    }
    /// `d[key] = value` in one probe when the key's equality is decidable
    /// without Python code: returns the value it replaced (to be dropped
    /// by the caller, outside any borrow), or gives key and value back
    /// with `Err` when `__eq__` must decide.
    pub fn set_fast(
        &mut self,
        key: Value,
        hash: u64,
        value: Value,
    ) -> Result<Option<Value>, (Value, Value)> {
        use indexmap::map::{RawEntryApiV1, raw_entry_v1::RawEntryMut};
        let mut undecided = false;
        let entry = self
            .entries
            .raw_entry_mut_v1()
            .from_hash(spread(hash), |k| {
                k.hash == hash
                    && match fast_eq(&k.key, &key) {
                        Some(b) => b,
                        None => {
                            undecided = true;
                            false
                        }
                    }
            });
        match entry {
            RawEntryMut::Occupied(mut e) => Ok(Some(std::mem::replace(e.get_mut(), value))),
            RawEntryMut::Vacant(_) if undecided => Err((key, value)),
            RawEntryMut::Vacant(e) => {
                e.insert_hashed_nocheck(spread(hash), HashKey { hash, key }, value);
                self.key_version = fresh_key_version();
                Ok(None)
            }
        }
    }
    pub fn insert_new(&mut self, key: Value, hash: u64, value: Value) {
        self.key_version = fresh_key_version();
        self.entries.insert(HashKey { hash, key }, value);
    }
}

/// Whether a key is the string `key` (names are interned, so the pointer
/// usually decides).
#[inline]
fn is_str_key(k: &Value, key: &crate::value::Str) -> bool {
    matches!(k, Value::Str(s) if std::rc::Rc::ptr_eq(s, key) || s.as_str() == key.as_str())
}

/// The same mixing `IdentityHasher::write_u64` applies, for raw lookups.
pub fn spread(hash: u64) -> u64 {
    hash.wrapping_mul(0x9E3779B97F4A7C15)
}
