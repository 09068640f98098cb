# lambda expressions: defaults, varargs, closures, immediate calls.
sq = lambda x: x * x
print(sq(7), sq.__name__)
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
va = lambda *a, **k: (a, sorted(k))
print(va(1, 2, z=3, y=4))
print((lambda: "called")())
print((lambda x, y: x if x > y else y)(3, 9))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
print(sorted(pairs, key=lambda p: -p[0]))
fns = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fns])
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in late])
compose = lambda f, g: lambda x: f(g(x))
inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))
print(list(map(lambda s: s.upper(), ["a", "b"])))
kw = lambda *, k: k * 2
print(kw(k="ab"))
