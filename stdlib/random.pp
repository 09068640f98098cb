"""Pseudo-random numbers for pyproc, matching CPython 3.11's `random`.

The generator itself (Mersenne Twister MT19937) lives in the native module
`_random`; this file builds CPython's Python-level API on top of its three
primitives: `random()`, `getrandbits(k)` and `seed(int_or_None)`.  Every
function consumes the generator exactly as CPython 3.11 does, so a seeded
program gives the same values under pyproc and under CPython.

Written in plain Python 3 (classes, functions, loops, int/float math, only
`import math` and `import _random`), so it also runs unchanged under
CPython, whose own `_random` offers the same primitives.

Not provided: SystemRandom (needs os.urandom), pickling support,
__init_subclass__ dispatch for subclasses that override only random()
(the getrandbits-based _randbelow is always used).
"""

import math
import _random

_log = math.log
_exp = math.exp
_sqrt = math.sqrt
_cos = math.cos
_sin = math.sin
_acos = math.acos
_floor = math.floor
_ceil = math.ceil
_isfinite = math.isfinite
_pi = math.pi
_e = math.e

NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
TWOPI = 2.0 * _pi
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53        # bits in a float
RECIP_BPF = 2 ** -BPF

__all__ = ["Random", "seed", "random", "uniform", "randint", "choice",
           "sample", "randrange", "shuffle", "normalvariate",
           "lognormvariate", "expovariate", "vonmisesvariate",
           "gammavariate", "triangular", "gauss", "betavariate",
           "paretovariate", "weibullvariate", "getstate", "setstate",
           "getrandbits", "choices", "randbytes"]

_MASK32 = 0xFFFFFFFF
_MASK64 = 0xFFFFFFFFFFFFFFFF


# ---------------------------------------------------------------------------
# SHA-512 (FIPS 180-4), used only by seed(str/bytes/bytearray, version=2).
# Works on and returns lists of byte values (ints 0..255).

def _sha512_constants():
    # K: first 64 bits of the fractional parts of the cube roots of the
    # first 80 primes; H0: same for the square roots of the first 8 primes.
    primes = []
    n = 2
    while len(primes) < 80:
        is_prime = True
        for p in primes:
            if p * p > n:
                break
            if n % p == 0:
                is_prime = False
                break
        if is_prime:
            primes.append(n)
        n += 1
    ks = []
    for p in primes:
        ks.append(_frac_root_bits(p, 3))
    hs = []
    for i in range(8):
        hs.append(_frac_root_bits(primes[i], 2))
    return ks, hs


def _iroot(x, r):
    # floor(x ** (1/r)) for a non-negative int x, by Newton's method.
    if x < 2:
        return x
    guess = 1 << ((x.bit_length() + r - 1) // r)
    while True:
        better = ((r - 1) * guess + x // (guess ** (r - 1))) // r
        if better >= guess:
            return guess
        guess = better


def _frac_root_bits(p, r):
    # First 64 bits of the fractional part of p ** (1/r).
    return _iroot(p << (64 * r), r) & _MASK64


_SHA_K = None
_SHA_H = None


def _rotr64(x, n):
    return ((x >> n) | (x << (64 - n))) & _MASK64


def _sha512(data):
    global _SHA_K, _SHA_H
    if _SHA_K is None:
        _SHA_K, _SHA_H = _sha512_constants()
    k = _SHA_K
    msg = list(data)
    bitlen = len(msg) * 8
    msg.append(0x80)
    while len(msg) % 128 != 112:
        msg.append(0)
    for i in range(15, -1, -1):
        msg.append((bitlen >> (8 * i)) & 0xFF)
    h = list(_SHA_H)
    for start in range(0, len(msg), 128):
        w = []
        for t in range(16):
            word = 0
            for b in range(8):
                word = (word << 8) | msg[start + 8 * t + b]
            w.append(word)
        for t in range(16, 80):
            x = w[t - 15]
            s0 = _rotr64(x, 1) ^ _rotr64(x, 8) ^ (x >> 7)
            x = w[t - 2]
            s1 = _rotr64(x, 19) ^ _rotr64(x, 61) ^ (x >> 6)
            w.append((w[t - 16] + s0 + w[t - 7] + s1) & _MASK64)
        a, b, c, d, e, f, g, hh = h
        for t in range(80):
            big1 = _rotr64(e, 14) ^ _rotr64(e, 18) ^ _rotr64(e, 41)
            choose = (e & f) ^ ((~e & _MASK64) & g)
            t1 = (hh + big1 + choose + k[t] + w[t]) & _MASK64
            big0 = _rotr64(a, 28) ^ _rotr64(a, 34) ^ _rotr64(a, 39)
            major = (a & b) ^ (a & c) ^ (b & c)
            t2 = (big0 + major) & _MASK64
            hh = g
            g = f
            f = e
            e = (d + t1) & _MASK64
            d = c
            c = b
            b = a
            a = (t1 + t2) & _MASK64
        vals = [a, b, c, d, e, f, g, hh]
        for i in range(8):
            h[i] = (h[i] + vals[i]) & _MASK64
    out = []
    for word in h:
        for i in range(7, -1, -1):
            out.append((word >> (8 * i)) & 0xFF)
    return out


# ---------------------------------------------------------------------------
# hash() of a float as CPython defines it for numeric types (modulus
# 2**61 - 1), reinterpreted as an unsigned 64-bit number the way CPython's
# _random does for a non-int seed.

_HASH_MODULUS = (1 << 61) - 1
_HASH_INF = 314159


def _float_seed(x):
    if x != x:
        # CPython hashes NaN by identity: any value will do.
        h = id(x)
    elif x == math.inf:
        h = _HASH_INF
    elif x == -math.inf:
        h = -_HASH_INF
    else:
        m, e = math.frexp(x)
        num = int(m * (1 << 53))
        e -= 53
        neg = num < 0
        if neg:
            num = -num
        # value = num * 2**e; 2 has order 61 modulo 2**61 - 1.
        h = ((num % _HASH_MODULUS) * (1 << (e % 61))) % _HASH_MODULUS
        if neg:
            h = -h
        if h == -1:
            h = -2
    if h < 0:
        h += 1 << 64
    return h


def _bytes_to_int(values):
    n = 0
    for b in values:
        n = (n << 8) | b
    return n


def _utf8(s):
    return list(s.encode("utf-8"))


def _bisect_right(a, x, lo, hi):
    while lo < hi:
        mid = (lo + hi) // 2
        if x < a[mid]:
            hi = mid
        else:
            lo = mid + 1
    return lo


def _accumulate(values):
    out = []
    total = None
    for v in values:
        if total is None:
            total = v
        else:
            total = total + v
        out.append(total)
    return out


def _as_index(x, what):
    # CPython 3.11's randrange argument handling: ints (and __index__
    # objects) pass; anything else goes through int(), and must not change
    # value.  (CPython warns DeprecationWarning for an integral float.)
    if isinstance(x, int):
        return int(x)
    if not isinstance(x, float) and hasattr(x, "__index__"):
        return x.__index__()
    ix = int(x)
    if ix != x:
        raise ValueError("non-integer " + what + " for randrange()")
    return ix


class Random(_random.Random):
    """Random number generator; the module functions share one instance."""

    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Seed the generator from an int, float, str, bytes or bytearray,
        or from OS entropy when a is None."""
        if version == 1 and isinstance(a, (str, bytes)):
            if isinstance(a, str):
                codes = [ord(c) for c in a]
            else:
                codes = list(a)
            x = codes[0] << 7 if codes else 0
            for c in codes:
                x = ((1000003 * x) ^ c) & _MASK64
            x ^= len(codes)
            a = x
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            if isinstance(a, str):
                data = _utf8(a)
            else:
                data = list(a)
            a = _bytes_to_int(data + _sha512(data))
        elif a is None or isinstance(a, int):
            pass
        elif isinstance(a, float):
            a = _float_seed(a)
        elif isinstance(a, (str, bytes)):
            # Other versions: CPython seeds from hash(a), which varies
            # between runs for str/bytes.
            h = hash(a)
            a = h + (1 << 64) if h < 0 else h
        else:
            raise TypeError("The only supported seed types are: None,\n"
                            "int, float, str, bytes, and bytearray.")
        if a is None:
            super().seed()
        else:
            super().seed(a)
        self.gauss_next = None

    def getstate(self):
        """Return the internal state; it can be passed to setstate()."""
        return self.VERSION, super().getstate(), self.gauss_next

    def setstate(self, state):
        """Restore the internal state from getstate()'s result."""
        version = state[0]
        if version == 3:
            version, internalstate, self.gauss_next = state
            super().setstate(internalstate)
        elif version == 2:
            version, internalstate, self.gauss_next = state
            words = []
            for x in internalstate:
                words.append(x % (1 << 32))
            super().setstate(tuple(words))
        else:
            raise ValueError("state with version %s passed to "
                             "Random.setstate() of version %s" %
                             (version, self.VERSION))

    # -- integers ----------------------------------------------------------

    def _randbelow(self, n):
        """A random int in [0, n), n > 0: rejection sampling on n's bits."""
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, "little")

    def randrange(self, start, stop=None, step=1):
        """A random item from range(start, stop[, step])."""
        istart = _as_index(start, "arg 1")
        if stop is None:
            # CPython tests `step is 1` (the default object): an explicit
            # int 1 passes, 1.0 or True does not.
            if not (type(step) is int and step == 1):
                raise TypeError("Missing a non-None stop argument")
            if istart > 0:
                return self._randbelow(istart)
            raise ValueError("empty range for randrange()")
        istop = _as_index(stop, "stop")
        width = istop - istart
        istep = _as_index(step, "step")
        if istep == 1:
            if width > 0:
                return istart + self._randbelow(width)
            raise ValueError("empty range for randrange() (%d, %d, %d)"
                             % (istart, istop, width))
        if istep > 0:
            count = (width + istep - 1) // istep
        elif istep < 0:
            count = (width + istep + 1) // istep
        else:
            raise ValueError("zero step for randrange()")
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return istart + istep * self._randbelow(count)

    def randint(self, a, b):
        """A random int N with a <= N <= b."""
        return self.randrange(a, b + 1)

    # -- sequences ---------------------------------------------------------

    def choice(self, seq):
        """One random element of a non-empty sequence."""
        if not len(seq):
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(len(seq))]

    def shuffle(self, x):
        """Shuffle the list x in place (Fisher-Yates, from the end)."""
        i = len(x) - 1
        while i > 0:
            j = self._randbelow(i + 1)
            x[i], x[j] = x[j], x[i]
            i -= 1

    def sample(self, population, k, *, counts=None):
        """k distinct elements chosen from the population sequence."""
        if isinstance(population, (set, frozenset, dict)):
            raise TypeError("Population must be a sequence.  "
                            "For dicts or sets, use sorted(d).")
        n = len(population)
        if counts is not None:
            cum_counts = _accumulate(counts)
            if len(cum_counts) != n:
                raise ValueError("The number of counts does not match "
                                 "the population")
            total = cum_counts.pop()
            if not isinstance(total, int):
                raise TypeError("Counts must be integers")
            if total <= 0:
                raise ValueError("Total of counts must be greater than zero")
            picks = self.sample(range(total), k=k)
            result = []
            for s in picks:
                result.append(population[
                    _bisect_right(cum_counts, s, 0, len(cum_counts))])
            return result
        if not 0 <= k <= n:
            raise ValueError("Sample larger than population or is negative")
        result = [None] * k
        # Keep a copy of the population when it is no bigger than the set
        # of chosen indices would be (CPython's size heuristic).
        setsize = 21
        if k > 5:
            setsize += 4 ** _ceil(_log(k * 3, 4))
        if n <= setsize:
            pool = list(population)
            for i in range(k):
                j = self._randbelow(n - i)
                result[i] = pool[j]
                pool[j] = pool[n - i - 1]
        else:
            chosen = set()
            for i in range(k):
                j = self._randbelow(n)
                while j in chosen:
                    j = self._randbelow(n)
                chosen.add(j)
                result[i] = population[j]
        return result

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements chosen with replacement, optionally weighted."""
        n = len(population)
        if cum_weights is None:
            if weights is None:
                fn = n + 0.0
                result = []
                for _ in range(k):
                    result.append(population[_floor(self.random() * fn)])
                return result
            if isinstance(weights, int):
                raise TypeError("The number of choices must be a keyword "
                                "argument: k=%r" % (weights,))
            cum_weights = _accumulate(weights)
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative "
                            "weights")
        if len(cum_weights) != n:
            raise ValueError("The number of weights does not match the "
                             "population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not _isfinite(total):
            raise ValueError("Total of weights must be finite")
        hi = n - 1
        result = []
        for _ in range(k):
            result.append(population[
                _bisect_right(cum_weights, self.random() * total, 0, hi)])
        return result

    # -- real-valued distributions -------------------------------------------

    def uniform(self, a, b):
        """A random float between a and b."""
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        """Triangular distribution on [low, high] peaking at mode."""
        u = self.random()
        if mode is None:
            c = 0.5
        else:
            if high - low == 0:
                return low
            c = (mode - low) / (high - low)
        if u > c:
            u = 1.0 - u
            c = 1.0 - c
            low, high = high, low
        return low + (high - low) * _sqrt(u * c)

    def normalvariate(self, mu=0.0, sigma=1.0):
        """Normal distribution (Kinderman and Monahan's ratio method)."""
        while True:
            u1 = self.random()
            u2 = 1.0 - self.random()
            z = NV_MAGICCONST * (u1 - 0.5) / u2
            if z * z / 4.0 <= -_log(u2):
                break
        return mu + z * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        """Normal distribution by Box-Muller; values come in pairs, the
        second kept for the next call."""
        z = self.gauss_next
        self.gauss_next = None
        if z is None:
            angle = self.random() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - self.random()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        """Log normal distribution."""
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        """Exponential distribution with rate lambd."""
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        """Von Mises distribution (Best and Fisher's method)."""
        if kappa <= 1e-6:
            return TWOPI * self.random()
        s = 0.5 / kappa
        r = s + _sqrt(1.0 + s * s)
        while True:
            u1 = self.random()
            z = _cos(_pi * u1)
            d = z / (r + z)
            u2 = self.random()
            if u2 < 1.0 - d * d or u2 <= (1.0 - d) * _exp(d):
                break
        q = 1.0 / r
        f = (q + z) / (1.0 + q * z)
        if self.random() > 0.5:
            return (mu + _acos(f)) % TWOPI
        return (mu - _acos(f)) % TWOPI

    def gammavariate(self, alpha, beta):
        """Gamma distribution with shape alpha and scale beta."""
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        if alpha > 1.0:
            # Cheng's rejection algorithm GB.
            ainv = _sqrt(2.0 * alpha - 1.0)
            bbb = alpha - LOG4
            ccc = alpha + ainv
            while True:
                u1 = self.random()
                if not 1e-7 < u1 < 0.9999999:
                    continue
                u2 = 1.0 - self.random()
                v = _log(u1 / (1.0 - u1)) / ainv
                x = alpha * _exp(v)
                z = u1 * u1 * u2
                r = bbb + ccc * v - x
                if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
                    return x * beta
        elif alpha == 1.0:
            return -_log(1.0 - self.random()) * beta
        else:
            # Algorithm GS (Ahrens and Dieter).
            while True:
                u = self.random()
                b = (_e + alpha) / _e
                p = b * u
                if p <= 1.0:
                    x = p ** (1.0 / alpha)
                else:
                    x = -_log((b - p) / alpha)
                u1 = self.random()
                if p > 1.0:
                    if u1 <= x ** (alpha - 1.0):
                        break
                elif u1 <= _exp(-x):
                    break
            return x * beta

    def betavariate(self, alpha, beta):
        """Beta distribution."""
        y = self.gammavariate(alpha, 1.0)
        if y:
            return y / (y + self.gammavariate(beta, 1.0))
        return 0.0

    def paretovariate(self, alpha):
        """Pareto distribution."""
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        """Weibull distribution."""
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


# One shared instance; the module-level functions are its bound methods.
_inst = Random()
seed = _inst.seed
random = _inst.random
uniform = _inst.uniform
triangular = _inst.triangular
randint = _inst.randint
choice = _inst.choice
randrange = _inst.randrange
sample = _inst.sample
shuffle = _inst.shuffle
choices = _inst.choices
normalvariate = _inst.normalvariate
lognormvariate = _inst.lognormvariate
expovariate = _inst.expovariate
vonmisesvariate = _inst.vonmisesvariate
gammavariate = _inst.gammavariate
gauss = _inst.gauss
betavariate = _inst.betavariate
paretovariate = _inst.paretovariate
weibullvariate = _inst.weibullvariate
getstate = _inst.getstate
setstate = _inst.setstate
getrandbits = _inst.getrandbits
randbytes = _inst.randbytes


# A forked child draws its own numbers, as in CPython.
import posix as _posix
_posix.register_at_fork(after_in_child=_inst.seed)
