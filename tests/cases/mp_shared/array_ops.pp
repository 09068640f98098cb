# Array and RawArray: sizes and initializers, indexing (negative too),
# slicing with steps, slice assignment and its errors, iteration, char
# arrays' value and raw, and the synchronized wrappers.
# mask: 0x[0-9a-f]+
import multiprocessing as mp

def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

a = mp.Array('i', 10)
print(repr(a), type(a).__name__)
print(len(a), a[0], a[-1], a[2:5], list(a), a[:])
a[1] = 5
a[-2] = 9
a[0:3] = [7, 8, 9]
print(a[:], a[::2], a[::-1], a[8:2:-2], a[-3:], a[100:], a[5:2])
a[::2] = range(5)
print(a[:])
a[1:4] = (11, 12, 13)
print(a[:], sum(a), [x * 2 for x in a][:3])
show(lambda: a.__setitem__(slice(0, 3), [1, 2]))
show(lambda: a[10])
show(lambda: a[-11])
show(lambda: a.__setitem__(10, 1))
show(lambda: a.__setitem__(0, 'x'))
show(lambda: a['x'])
show(lambda: a[1.0])
show(lambda: a.value)
print(repr(a.get_lock()), repr(a.get_obj()), a.get_obj()[:3])
with a:
    a[0] = -1
print(a[0])

for args in [('b', [200, -200, 127]), ('B', [-1, 256]), ('h', [40000]), ('H', [-2]),
             ('I', [-1]), ('l', [2**63]), ('L', [-1]), ('q', [-2**63 - 1]), ('Q', [2**64]),
             ('f', [0.1, 0.2, 1]), ('d', [0.1, 2]), ('u', 'abc'), ('c', b'hi'), ('i', range(3)),
             ('i', (True, False))]:
    show(lambda: mp.Array(*args)[:])
print(mp.Array('i', 0)[:], len(mp.RawArray('d', 0)))

c = mp.Array('c', b'hello')
print(repr(c), c.value, c.raw, c[:], c[0], c[-1], len(c), c[1:3])
c.value = b'hi'
print(c.value, c.raw)
c.raw = b'HELLO'
print(c.value, c.raw)
c[0:2] = b'AB'
c[4] = b'!'
print(c.value)
show(lambda: setattr(c, 'value', b'toolongvalue'))
show(lambda: setattr(c, 'raw', b'toolongvalue'))
show(lambda: setattr(c, 'value', 'str'))
show(lambda: c.__setitem__(0, 'x'))
c.value = b'hello'
print(c.value)

rc = mp.RawArray('c', 4)
print(repr(rc), rc.value, rc.raw)
rc.value = b'ab'
print(rc.value, rc.raw)
u = mp.RawArray('u', 'abc')
print(u[:], u.value, repr(u[0]))
u.value = 'z'
print(u[:], u.value)
su = mp.Array('u', 'xyz')
print(repr(su), su[:])
show(lambda: su.value)

ra = mp.RawArray('d', [1.5, 2.5])
print(repr(ra), ra[:], type(ra).__name__)
na = mp.Array('i', 3, lock=False)
print(repr(na), na[:])

for f in [lambda: mp.Array('i', 'x'), lambda: mp.Array('z', 3), lambda: mp.Array('i', -1),
          lambda: mp.Array('i', 2.5), lambda: mp.Array('i', [1, 'a']),
          lambda: mp.Array('i', 3, lock=7), lambda: mp.Array('i'), lambda: mp.RawArray('i', 1, 2),
          lambda: mp.Array('c', 'abc')]:
    show(f)
for f in [lambda: mp.Value(), lambda: mp.RawValue(), lambda: mp.Array(),
          lambda: mp.RawValue('i', x=1), lambda: mp.Value('i', x=1), lambda: mp.RawArray('i', 2, lock=1)]:
    show(f)
