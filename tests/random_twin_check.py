"""Dev check (not part of cargo test): run stdlib/random.pp under CPython
and compare every function, value for value, with CPython's own `random`.

    python3 tests/random_twin_check.py      # prints OK on success
"""

import hashlib
import math
import os
import random as real
import sys
import types
import warnings

HERE = os.path.dirname(os.path.abspath(__file__))
SRC = os.path.join(HERE, "..", "stdlib", "random.pp")


def load_twin():
    mod = types.ModuleType("pp_random")
    mod.__file__ = SRC
    with open(SRC) as f:
        code = compile(f.read(), SRC, "exec")
    exec(code, mod.__dict__)
    return mod


twin = load_twin()
checks = 0
failures = []


def same(label, a, b):
    global checks
    checks += 1
    if type(a) is not type(b) or a != b:
        # NaN-free comparisons only; report the first few.
        if not (isinstance(a, float) and isinstance(b, float)
                and math.isnan(a) and math.isnan(b)):
            failures.append((label, a, b))


def outcome(fn, *args, **kw):
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return ("ok", fn(*args, **kw))
    except Exception as e:  # noqa: BLE001
        return ("err", type(e).__name__, str(e))


def both(label, name, *args, **kw):
    """Call module function `name` on both modules; compare results and the
    generator state afterwards."""
    a = outcome(getattr(real, name), *args, **kw)
    b = outcome(getattr(twin, name), *args, **kw)
    same(label + " " + name + repr(args) + repr(kw), a, b)
    return a


def seed_both(s, **kw):
    real.seed(s, **kw)
    twin.seed(s, **kw)


def state_same(label):
    same(label + " state", real.getstate(), twin.getstate())


SEEDS = list(range(0, 40)) + [-1, -12345, 2**32 - 1, 2**32, 2**64 + 3,
                              2**100 + 7, -(2**200), 10**30, True]

for s in SEEDS:
    lab = "seed=%r" % (s,)
    seed_both(s)
    for _ in range(5):
        both(lab, "random")
    state_same(lab)
    # getrandbits of many sizes
    for k in list(range(0, 70)) + [95, 96, 97, 127, 128, 129, 500, 1000]:
        both(lab, "getrandbits", k)
    both(lab, "getrandbits", -1)
    # randrange: one arg, two args, steps, negative ranges
    for n in [1, 2, 3, 7, 10, 100, 2**31, 2**32, 2**33 + 5, 10**20]:
        both(lab, "randrange", n)
    for a, b in [(0, 1), (-5, 5), (-100, -3), (10, 1000), (5, 5), (7, 3),
                 (-(2**40), 2**40)]:
        both(lab, "randrange", a, b)
        for step in [1, 2, 3, -1, -2, -7, 0, 13]:
            both(lab, "randrange", a, b, step)
            both(lab, "randrange", b, a, step)
    for args in [(0,), (-3,), (5.0,), (5.5,), (1, 5.5), (1, 5, 1.5),
                 (1.0, 9.0), (1, 9, 2.0), ("a",), (5,), (10, 0, -3)]:
        both(lab, "randrange", *args)
    both(lab, "randrange", 5, step=2)
    both(lab, "randrange", 5, step=1)
    both(lab, "randrange", 5, None, 1)
    for a, b in [(1, 6), (0, 0), (-10, 10), (1, 0), (0, 2**70)]:
        both(lab, "randint", a, b)
    # choice
    for seq in [[1], [1, 2, 3], list(range(37)), "hello", (4, 5), [], ""]:
        both(lab, "choice", seq)
    # shuffle
    for n in range(0, 51):
        xa = list(range(n))
        xb = list(range(n))
        real.shuffle(xa)
        twin.shuffle(xb)
        same(lab + " shuffle %d" % n, xa, xb)
    state_same(lab + " after shuffle")
    # sample: small and large populations, both strategies
    for n in [0, 1, 5, 10, 21, 22, 30, 50, 100, 300, 1000]:
        pop = list(range(n))
        ks = sorted(set([0, 1, 2, 5, 6, 7, n // 3, n // 2, n - 1, n, n + 1]))
        for k in ks:
            if k < 0:
                continue
            both(lab, "sample", pop, k)
    both(lab, "sample", range(10**6), 50)
    both(lab, "sample", range(10**6), 6)
    both(lab, "sample", "abcdefghij", 4)
    both(lab, "sample", (1, 2, 3), 2)
    both(lab, "sample", {1, 2, 3}, 2)
    both(lab, "sample", [1, 2], -1)
    both(lab, "sample", ["a", "b", "c"], 5, counts=[1, 2, 3])
    both(lab, "sample", ["a", "b", "c"], 6, counts=[1, 2, 3])
    both(lab, "sample", ["a", "b"], 1, counts=[1])
    both(lab, "sample", ["a", "b"], 1, counts=[0, 0])
    both(lab, "sample", ["a", "b"], 1, counts=[1.0, 1])
    state_same(lab + " after sample")
    # real distributions
    for a, b in [(0, 1), (-3.5, 2.25), (10, -10), (5, 5)]:
        both(lab, "uniform", a, b)
        both(lab, "triangular", a, b)
        both(lab, "triangular", a, b, (a + b) / 3)
    both(lab, "triangular")
    both(lab, "triangular", 2.0, 2.0, 2.0)
    for _ in range(7):
        both(lab, "gauss")
        both(lab, "gauss", 10.0, 2.5)
    both(lab, "normalvariate")
    both(lab, "normalvariate", 3, 0.5)
    both(lab, "lognormvariate", 0.0, 1.0)
    both(lab, "expovariate", 1.5)
    both(lab, "expovariate", 0.01)
    for mu, kappa in [(0.0, 0.0), (1.0, 0.5), (3.0, 4.0), (-1.0, 100.0)]:
        both(lab, "vonmisesvariate", mu, kappa)
    for alpha, beta in [(0.3, 1.0), (1.0, 2.0), (2.5, 0.5), (50.0, 1.0),
                        (0.0, 1.0)]:
        both(lab, "gammavariate", alpha, beta)
        both(lab, "betavariate", alpha + 0.5, beta)
    both(lab, "paretovariate", 2.0)
    both(lab, "weibullvariate", 1.5, 0.7)
    state_same(lab + " after distributions")
    # choices
    pop = ["a", "b", "c", "d", "e"]
    both(lab, "choices", pop)
    both(lab, "choices", pop, k=20)
    both(lab, "choices", list(range(1000)), k=50)
    both(lab, "choices", pop, [1, 2, 3, 4, 5], k=20)
    both(lab, "choices", pop, [0.1, 0, 7.5, 0, 2], k=20)
    both(lab, "choices", pop, cum_weights=[1, 3, 6, 10, 15], k=20)
    both(lab, "choices", pop, weights=[1] * 5, k=0)
    both(lab, "choices", pop, 3)
    both(lab, "choices", pop, [1, 2])
    both(lab, "choices", pop, [0] * 5)
    both(lab, "choices", pop, [1, 2, 3, 4, float("inf")])
    both(lab, "choices", pop, [1] * 5, cum_weights=[1] * 5)
    both(lab, "randbytes", 0)
    both(lab, "randbytes", 7)
    both(lab, "randbytes", 33)
    state_same(lab + " after choices")

# Seeds of other types.
for s in [0.0, 1.5, -1.5, 1e300, -2.5e-300, 3.0, float("inf"),
          float("-inf"), 2.0 ** 70, -0.0, 1 / 3]:
    seed_both(s)
    both("float seed %r" % s, "random")
    state_same("float seed %r" % s)
for s in ["", "a", "hello world", "\u00e9\u4e2d\U0001f600", "x" * 300,
          b"", b"abc", bytes(range(256)), bytearray(b"xyz")]:
    for v in (1, 2):
        if v == 1 and isinstance(s, bytearray):
            continue
        seed_both(s, version=v)
        both("str seed %r v%d" % (s[:10], v), "random")
        state_same("str seed %r v%d" % (s[:10], v))
for bad in ([1], (1,), {}, None.__class__):
    a = outcome(real.seed, bad)
    b = outcome(twin.seed, bad)
    same("bad seed %r" % (bad,), a, b)

# SHA-512 against hashlib on assorted lengths (padding boundaries).
for n in [0, 1, 55, 111, 112, 113, 127, 128, 129, 239, 240, 255, 256, 1000]:
    data = bytes((i * 7 + 3) % 256 for i in range(n))
    same("sha512 len %d" % n, bytes(twin._sha512(data)),
         hashlib.sha512(data).digest())

# State round trips and cross-compatibility.
seed_both(99)
real.gauss()
twin.gauss()
st = real.getstate()
same("getstate after gauss", st, twin.getstate())
twin.seed(1)
twin.setstate(st)
real.setstate(st)
for _ in range(5):
    both("after setstate", "gauss")
    both("after setstate", "random")
bad = outcome(twin.setstate, (9,))
same("setstate bad version", outcome(real.setstate, (9,)), bad)
v2 = (2, tuple(x - 2**32 if x > 2**31 else x for x in st[1][:-1])
      + (st[1][-1],), None)
real.setstate(v2)
twin.setstate(v2)
both("after v2 setstate", "random")

# Separate instances and the seeded constructor.
ra, rb = real.Random(2024), twin.Random(2024)
same("instance", [ra.random() for _ in range(10)],
     [rb.random() for _ in range(10)])
same("instance sample", ra.sample(range(100), 10), rb.sample(range(100), 10))
ra, rb = real.Random("seed me"), twin.Random("seed me")
same("instance str", ra.randrange(10**9), rb.randrange(10**9))

# A long mixed run from one seed.
seed_both(123456789)
for i in range(3000):
    both("mixed", "randrange", 1 + i * 17)
    both("mixed", "random")
    if i % 7 == 0:
        both("mixed", "gauss")
state_same("mixed end")

# The golden case, run against the twin, must print its .out file.
GOLDEN = os.path.join(HERE, "cases", "modules", "random_values")
if os.path.exists(GOLDEN + ".pp"):
    import contextlib
    import io
    saved = sys.modules.get("random")
    sys.modules["random"] = load_twin()
    buf = io.StringIO()
    try:
        with open(GOLDEN + ".pp") as f:
            code = compile(f.read(), GOLDEN + ".pp", "exec")
        with contextlib.redirect_stdout(buf):
            exec(code, {"__name__": "__main__"})
    finally:
        sys.modules["random"] = saved
    with open(GOLDEN + ".out") as f:
        same("golden random_values.pp", buf.getvalue(), f.read())

if failures:
    for label, a, b in failures[:20]:
        print("MISMATCH", label)
        print("   cpython:", repr(a)[:300])
        print("   twin:   ", repr(b)[:300])
    print("%d of %d checks failed" % (len(failures), checks))
    sys.exit(1)
print("OK (%d checks)" % checks)
