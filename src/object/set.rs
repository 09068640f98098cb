//! `set` and `frozenset` storage: a hash set of Python values.
//!
//! Members live in an insertion-ordered map (membership, removal). CPython
//! iterates a set in the order of its open-addressing hash table, which
//! programs observe (`print({3, 1})` shows `{1, 3}`). `ordered_indexes`
//! reproduces that order by replaying the members' insertion into a table
//! laid out as CPython's `setobject.c` does: linear probing over
//! `LINEAR_PROBES` slots, then perturbed jumps; a table of 8 slots that
//! grows to the smallest power of two above `used * 4` once it is 3/5
//! full, rehashing members in table order. Deleted members are simply
//! left out of the replay, so after removals the order is the one a set
//! built from the remaining members would have.

use crate::object::dict::Map;
use crate::value::Value;

#[derive(Clone, Default)]
pub struct SetData {
    pub map: Map<()>,
}

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

/// A free slot for `hash` in a table without dummies (`set_insert_clean`).
fn free_slot(table: &[Option<usize>], hash: u64) -> usize {
    let mask = table.len() - 1;
    let mut perturb = hash;
    let mut i = hash as usize & mask;
    loop {
        if table[i].is_none() {
            return i;
        }
        if i + LINEAR_PROBES <= mask
            && let Some(off) = table[i + 1..=i + LINEAR_PROBES]
                .iter()
                .position(Option::is_none)
        {
            return i + 1 + off;
        }
        perturb >>= PERTURB_SHIFT;
        i = (i
            .wrapping_mul(5)
            .wrapping_add(1)
            .wrapping_add(perturb as usize))
            & mask;
    }
}

impl SetData {
    pub fn new() -> SetData {
        SetData::default()
    }
    pub fn len(&self) -> usize {
        self.map.len()
    }
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Indexes into `map` in CPython's iteration order.
    pub fn ordered_indexes(&self) -> Vec<usize> {
        let hashes: Vec<u64> = self.map.keys().map(|k| k.hash).collect();
        let mut table: Vec<Option<usize>> = vec![None; MIN_SIZE];
        let mut used = 0usize;
        for (idx, &hash) in hashes.iter().enumerate() {
            let slot = free_slot(&table, hash);
            table[slot] = Some(idx);
            used += 1;
            let mask = table.len() - 1;
            if used * 5 >= mask * 3 {
                let minused = if used > 50000 { used * 2 } else { used * 4 };
                let mut size = MIN_SIZE;
                while size <= minused {
                    size <<= 1;
                }
                let mut grown: Vec<Option<usize>> = vec![None; size];
                for i in table.iter().flatten() {
                    let s = free_slot(&grown, hashes[*i]);
                    grown[s] = Some(*i);
                }
                table = grown;
            }
        }
        table.into_iter().flatten().collect()
    }

    /// The members in CPython's iteration order.
    pub fn ordered_keys(&self) -> Vec<Value> {
        self.ordered_indexes()
            .into_iter()
            .filter_map(|i| self.map.get_index(i).map(|(k, _)| k.key.clone()))
            .collect()
    }
}
