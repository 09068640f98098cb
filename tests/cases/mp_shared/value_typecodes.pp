# Value and RawValue for every typecode: defaults, C wrapping and rounding,
# reprs, the synchronized wrapper's API, and CPython's errors.
import multiprocessing as mp

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

cases = [('b', 200), ('b', -129), ('B', -1), ('B', 256), ('h', 70000), ('H', -1),
         ('i', 2**40), ('i', -2**31 - 1), ('I', -1), ('l', 2**64 + 5), ('L', -1),
         ('q', 2**63), ('Q', -1), ('Q', 2**64 + 7), ('f', 3.14), ('f', 1e40), ('d', 3.14),
         ('d', 7), ('c', b'x'), ('c', 65), ('c', bytearray(b'y')), ('u', 'z'), ('u', '\u20ac'),
         ('i', True), ('f', 2**70)]
for tc, v in cases:
    show(lambda: (tc, repr(mp.Value(tc, v)), repr(mp.Value(tc, v).value)))
for tc in 'bBhHiIlLqQfdcu':
    print(tc, repr(mp.Value(tc)), repr(mp.RawValue(tc)), repr(mp.Value(tc, lock=False)))

bad = [lambda: mp.Value('z'), lambda: mp.Value(5), lambda: mp.Value('i', 'x'),
       lambda: mp.Value('i', 1.5), lambda: mp.Value('f', 'x'), lambda: mp.Value('c', 'x'),
       lambda: mp.Value('c', b'xy'), lambda: mp.Value('c', 300), lambda: mp.Value('u', 'ab'),
       lambda: mp.Value('u', b'a'), lambda: mp.Value('u', 5), lambda: mp.Value('i', 1, 2),
       lambda: mp.Value('i', lock=5), lambda: mp.RawValue('i', 1, 2), lambda: mp.Value('d', None)]
for f in bad:
    show(f)

v = mp.Value('i', 5)
print(type(v).__name__, repr(v.get_lock()), repr(v.get_obj()), type(v.get_obj()))
v.value = 7
v.value += 1
print(v.value, v.get_obj().value)
show(lambda: setattr(v, 'value', 'x'))
print(v.value)
with v as entered:
    print("in", entered, repr(v.get_lock()))
print(v.acquire(), v.release(), repr(v.get_lock()))
with v.get_lock():
    v.value = -3
print(v.value)
raw = v.get_obj()
raw.value = 2**32 + 9
print(v.value, repr(raw))
lock = mp.Lock()
w = mp.Value('d', 1.5, lock=lock)
print(w.get_lock() is lock, repr(w))
with w:
    print(repr(lock))
n = mp.Value('i', 1, lock=None)
print(repr(n.get_lock()))
