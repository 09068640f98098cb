# os.environ is a str -> str mapping; assignments and deletions reach
# the process environment (putenv/unsetenv), and os.getenv reads it.
import os

K = 'PYPROC_TEST_ENV'
print(K in os.environ, os.environ.get(K), os.getenv(K), os.getenv(K, 'dflt'))
os.environ[K] = 'one'
print(K in os.environ, os.environ[K], os.getenv(K))
print(os.environ.setdefault(K, 'two'), os.environ.setdefault(K + '_B', 'two'))
print(os.environ.pop(K + '_B'), os.environ.pop(K + '_B', 'gone'))
os.environ.update({K + '_C': 'c'}, **{K + '_D': 'd'})
os.environ.update([(K + '_E', 'e')])
mine = sorted((k, v) for k, v in os.environ.items() if k.startswith(K))
print([(k[len(K):], v) for k, v in mine])
print(sorted(k[len(K):] for k in os.environ if k.startswith(K)))
print(sorted(v for v in os.environ.values() if v in ('c', 'd', 'e')))
copy = os.environ.copy()
print(type(copy).__name__, copy[K], len(copy) == len(os.environ), copy == os.environ)
print((K, 'one') in os.environ.items(), K in os.environ.keys(), 'one' in os.environ.values())
merged = os.environ | {K: 'merged'}
print(type(merged).__name__, merged[K], os.environ[K])
for suffix in ('_C', '_D', '_E'):
    del os.environ[K + suffix]
print(sorted(k[len(K):] for k in os.environ if k.startswith(K)))

# putenv/unsetenv change the process environment only: os.environ keeps
# its own view, as in CPython.
os.putenv(K + '_P', 'p')
print(K + '_P' in os.environ)
os.unsetenv(K + '_P')

# repr shows the mapping.
saved = dict(os.environ)
os.environ.clear()
print(repr(os.environ), len(os.environ), list(os.environ))
os.environ[K] = 'only'
print(repr(os.environ), repr(os.environ.keys()), repr(os.environ.items()))
os.environ.update(saved)
print(os.environ == saved)
del os.environ[K]


def show(label, f, *args):
    try:
        r = f(*args)
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', r)


show('getitem missing', lambda: os.environ[K])
show('getitem int', lambda: os.environ[1])
show('get int', os.environ.get, 1)
show('contains int', lambda: 1 in os.environ)
show('set int value', os.environ.__setitem__, 'A', 1)
show('set int key', os.environ.__setitem__, 1, 'a')
show('del missing', os.environ.__delitem__, K)
show('pop missing', os.environ.pop, K)
show('getenv int', os.getenv, 1)
show('putenv =', os.putenv, 'a=b', 'c')
show('putenv empty', os.putenv, '', 'c')
show('putenv int', os.putenv, 1, 'c')
show('putenv one', os.putenv, 'a')
show('putenv nul', os.putenv, 'a\0b', 'c')
show('unsetenv =', os.unsetenv, 'a=b')
show('unsetenv none', os.unsetenv)
print(os.get_exec_path({'PATH': '/x:/y'}), os.get_exec_path({}))
