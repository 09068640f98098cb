//! Mersenne Twister (MT19937) core for pyproc's `random` module.
//!
//! This is a from-scratch implementation of the MT19937 reference algorithm
//! (Matsumoto & Nishimura), plus the conversions CPython 3.11 documents for
//! its `random` module, so that a seeded pyproc program produces exactly the
//! same numbers as CPython:
//!
//! * `seed_from_int(n)`: the words of `abs(n)`, least significant 32-bit
//!   word first (zero gives the single word `[0]`), fed to `init_by_array`.
//! * `random()`: 53-bit float built from two outputs, `a = next >> 5`,
//!   `b = next >> 6`, `(a * 2**26 + b) / 2**53`.
//! * `getrandbits(k)`: `ceil(k / 32)` outputs, the first one being the least
//!   significant word; the last (most significant) word keeps only its top
//!   `k mod 32` bits (shifted down) when `k` is not a multiple of 32.
//!   For `k <= 32` it is a single output shifted right by `32 - k`.
//!
//! String/bytes seeding (CPython's version-2 seeding through SHA-512) is not
//! done here: no SHA-512 crate is in the dependency tree.  `stdlib/random.pp`
//! computes that integer itself in Python and calls `seed(int)`.
//!
//! # Note for the VM integration
//!
//! The native module `_random` must expose a class `Random` whose instances
//! each wrap one [`Mt19937`], and which a pyproc class can subclass
//! (`stdlib/random.pp` does `class Random(_random.Random)`).  Its methods:
//!
//! * `random()` -> float: [`Mt19937::random`].
//! * `getrandbits(k)` -> int: `k` must be an int; `k < 0` raises
//!   `ValueError("number of bits must be non-negative")`; otherwise
//!   [`Mt19937::getrandbits`].
//! * `seed(n=None)`: `None` -> [`Mt19937::seed_from_os`]; an int (or bool) ->
//!   [`Mt19937::seed_from_int`]; any other object -> `hash(obj)` reinterpreted
//!   as an unsigned 64-bit number, then `seed_from_int` (that is what CPython's
//!   `_random` does; `random.pp` already converts float/str/bytes seeds to
//!   ints, so the VM only needs the int and None cases).
//! * `getstate()` -> a tuple of 625 ints: the 624 state words then the index
//!   (see [`Mt19937::getstate`]).
//! * `setstate(state)`: the inverse; a tuple of 625 ints, else
//!   `TypeError("state vector must be a tuple")` /
//!   `ValueError("state vector is the wrong size")`; words are taken modulo
//!   2**32 (CPython takes them as C unsigned longs); a bad index raises
//!   `ValueError("invalid state")` (see [`Mt19937::setstate`]).
//! * Construction: `_random.Random()` / `_random.Random(x)` creates the
//!   object; when a pyproc subclass defines `__init__` (random.pp does), that
//!   `__init__` seeds it by calling `self.seed(x)`.  With no subclass
//!   `__init__`, seed as `seed(x)` would.

use num_bigint::{BigInt, Sign};

/// Number of 32-bit words of state.
pub const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// One MT19937 generator.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mt19937 {
    mt: [u32; N],
    index: usize,
}

impl Default for Mt19937 {
    fn default() -> Self {
        Self::new()
    }
}

impl Mt19937 {
    /// A generator that has not been seeded by the caller.  Its state is the
    /// reference algorithm's default (`init_genrand(5489)`), which is what
    /// MT uses when asked for numbers before any seeding.
    pub fn new() -> Self {
        let mut g = Mt19937 {
            mt: [0; N],
            index: N + 1,
        };
        g.init_genrand(5489);
        g
    }

    /// Reference `init_genrand`: fill the state from one 32-bit seed.
    fn init_genrand(&mut self, s: u32) {
        self.mt[0] = s;
        for i in 1..N {
            let prev = self.mt[i - 1];
            self.mt[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// Reference `init_by_array`: seed from a key of 32-bit words.  An empty
    /// key is treated as `[0]`.
    pub fn seed_from_u32_words(&mut self, key: &[u32]) {
        let zero = [0u32];
        let key: &[u32] = if key.is_empty() { &zero } else { key };
        self.init_genrand(19_650_218);
        let mut i = 1usize;
        let mut j = 0usize;
        for _ in 0..N.max(key.len()) {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = self.mt[i - 1];
            self.mt[i] = (self.mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                self.mt[0] = self.mt[N - 1];
                i = 1;
            }
        }
        self.mt[0] = 0x8000_0000;
        self.index = N;
    }

    /// CPython's `random.seed(n)` for an int `n`: the 32-bit words of
    /// `abs(n)`, least significant first, through `init_by_array`.
    pub fn seed_from_int(&mut self, n: &BigInt) {
        let words = n.magnitude().to_u32_digits();
        self.seed_from_u32_words(&words);
    }

    /// CPython's `random.seed()` with no argument: 624 words of OS entropy
    /// through `init_by_array`.  Falls back to time, pid and an address if
    /// /dev/urandom cannot be read.
    pub fn seed_from_os(&mut self) {
        use std::io::Read;
        let mut buf = vec![0u8; N * 4];
        let ok = std::fs::File::open("/dev/urandom")
            .and_then(|mut f| f.read_exact(&mut buf))
            .is_ok();
        if ok {
            let words: Vec<u32> = buf
                .chunks_exact(4)
                .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect();
            self.seed_from_u32_words(&words);
        } else {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default();
            let nanos = now.as_nanos();
            let local = 0u8;
            let addr = &local as *const u8 as usize as u64;
            let words = [
                nanos as u32,
                (nanos >> 32) as u32,
                (nanos >> 64) as u32,
                std::process::id(),
                addr as u32,
                (addr >> 32) as u32,
            ];
            self.seed_from_u32_words(&words);
        }
    }

    /// Regenerate the whole state block (the "twist").
    fn twist(&mut self) {
        let mag = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
        for kk in 0..N - M {
            let y = (self.mt[kk] & UPPER_MASK) | (self.mt[kk + 1] & LOWER_MASK);
            self.mt[kk] = self.mt[kk + M] ^ (y >> 1) ^ mag(y);
        }
        for kk in N - M..N - 1 {
            let y = (self.mt[kk] & UPPER_MASK) | (self.mt[kk + 1] & LOWER_MASK);
            self.mt[kk] = self.mt[kk + M - N] ^ (y >> 1) ^ mag(y);
        }
        let y = (self.mt[N - 1] & UPPER_MASK) | (self.mt[0] & LOWER_MASK);
        self.mt[N - 1] = self.mt[M - 1] ^ (y >> 1) ^ mag(y);
        self.index = 0;
    }

    /// Next tempered 32-bit output.
    pub fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.mt[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^= y >> 18;
        y
    }

    /// A float in [0.0, 1.0) with 53 random bits, as CPython's `random()`.
    pub fn random(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67_108_864.0 + b) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// A non-negative int with `k` random bits, as CPython's `getrandbits(k)`.
    pub fn getrandbits(&mut self, k: u32) -> BigInt {
        if k == 0 {
            return BigInt::from(0);
        }
        if k <= 32 {
            return BigInt::from(self.next_u32() >> (32 - k));
        }
        let nwords = (k as usize - 1) / 32 + 1;
        let mut words = Vec::with_capacity(nwords);
        let mut left = k;
        for _ in 0..nwords {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            words.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &words)
    }

    /// The state: the 624 words and the position in them (0..=624), the
    /// same numbers CPython's `_random.Random.getstate()` returns.
    pub fn getstate(&self) -> (Vec<u32>, usize) {
        (self.mt.to_vec(), self.index)
    }

    /// Restore a state from [`Mt19937::getstate`].  Errors (state left
    /// unchanged) if there are not 624 words or the index is above 624.
    pub fn setstate(&mut self, words: &[u32], index: usize) -> Result<(), String> {
        if words.len() != N {
            return Err("state vector is the wrong size".to_string());
        }
        if index > N {
            return Err("invalid state".to_string());
        }
        self.mt.copy_from_slice(words);
        self.index = index;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seeded(n: i64) -> Mt19937 {
        let mut g = Mt19937::new();
        g.seed_from_int(&BigInt::from(n));
        g
    }

    fn big(s: &str) -> BigInt {
        s.parse().unwrap()
    }

    #[test]
    fn random_seed_42() {
        let mut g = seeded(42);
        let got: Vec<f64> = (0..5).map(|_| g.random()).collect();
        assert_eq!(
            got,
            vec![
                0.6394267984578837,
                0.025010755222666936,
                0.27502931836911926,
                0.22321073814882275,
                0.7364712141640124
            ]
        );
    }

    #[test]
    fn random_seed_big() {
        let mut g = Mt19937::new();
        g.seed_from_int(&(BigInt::from(1) << 100u32 | BigInt::from(7)));
        let got: Vec<f64> = (0..3).map(|_| g.random()).collect();
        assert_eq!(
            got,
            vec![0.41604161323913513, 0.32676498245430574, 0.5566705938449678]
        );
    }

    #[test]
    fn negative_seed_is_abs() {
        let expect = vec![0.6229016948897019, 0.7417869892607294, 0.7951935655656966];
        let mut g = seeded(-5);
        let got: Vec<f64> = (0..3).map(|_| g.random()).collect();
        assert_eq!(got, expect);
        let mut g = seeded(5);
        let got: Vec<f64> = (0..3).map(|_| g.random()).collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn seed_zero() {
        let mut g = seeded(0);
        let got: Vec<f64> = (0..3).map(|_| g.random()).collect();
        assert_eq!(
            got,
            vec![0.8444218515250481, 0.7579544029403025, 0.420571580830845]
        );
        let mut h = Mt19937::new();
        h.seed_from_u32_words(&[]);
        assert_eq!(h, seeded(0));
    }

    #[test]
    fn seed_two_words() {
        let mut g = Mt19937::new();
        g.seed_from_int(&(BigInt::from(1) << 32u32));
        assert_eq!(g.getrandbits(32), BigInt::from(485306839u32));
    }

    #[test]
    fn getrandbits_sizes() {
        let mut g = seeded(0);
        let got: Vec<BigInt> = (0..8).map(|_| g.getrandbits(1)).collect();
        let expect: Vec<BigInt> = [1, 0, 1, 1, 0, 0, 0, 1]
            .iter()
            .map(|&x| BigInt::from(x))
            .collect();
        assert_eq!(got, expect);

        let mut g = seeded(0);
        let got: Vec<BigInt> = (0..3).map(|_| g.getrandbits(32)).collect();
        assert_eq!(
            got,
            vec![big("3626764237"), big("1654615998"), big("3255389356")]
        );

        let mut g = seeded(0);
        let got: Vec<BigInt> = (0..3).map(|_| g.getrandbits(33)).collect();
        assert_eq!(
            got,
            vec![big("3626764237"), big("7550356652"), big("1806341205")]
        );

        let mut g = seeded(0);
        let got: Vec<BigInt> = (0..3).map(|_| g.getrandbits(100)).collect();
        assert_eq!(
            got,
            vec![
                big("1169245609517217401678349469645"),
                big("1208935935994293442776782246997"),
                big("1141276462758851372969594381922")
            ]
        );

        let mut g = seeded(0);
        assert_eq!(g.getrandbits(0), BigInt::from(0));
        assert_eq!(g.getrandbits(64), big("7106521602475165645"));
    }

    #[test]
    fn state_round_trip() {
        let g = seeded(12345);
        let (words, index) = g.getstate();
        assert_eq!(words.len(), 624);
        assert_eq!(&words[..3], &[2147483648, 2105189241, 1699489545]);
        assert_eq!(index, 624);

        let mut a = seeded(7);
        for _ in 0..1000 {
            a.next_u32();
        }
        let (w, i) = a.getstate();
        let mut b = Mt19937::new();
        b.setstate(&w, i).unwrap();
        for _ in 0..2000 {
            assert_eq!(a.next_u32(), b.next_u32());
        }
        assert!(b.setstate(&w, 625).is_err());
        assert!(b.setstate(&w[..10], 0).is_err());
    }

    #[test]
    fn unseeded_is_reference_default() {
        // First output of MT19937 with the reference default seed 5489.
        let mut g = Mt19937::new();
        assert_eq!(g.next_u32(), 3499211612);
    }

    #[test]
    fn os_seed_differs() {
        let mut a = Mt19937::new();
        let mut b = Mt19937::new();
        a.seed_from_os();
        b.seed_from_os();
        assert_ne!(a.getstate(), b.getstate());
    }
}
