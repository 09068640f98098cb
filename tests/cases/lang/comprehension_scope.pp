# Comprehension variables do not leak; they see enclosing and class scopes specially.
x = "outer x"
result = [x for x in range(3)]
print(result, x)
y = "outer y"
g = list(y for y in "ab")
print(g, y)
d = {k: 0 for k in "kv"}
print(d, "k" in globals())
s = {z for z in range(2)}
print(s, "z" in globals())
def f():
    n = 10
    return [n + i for i in range(3)]
print(f())
def g2():
    items = [lambda: i for i in range(3)]
    return [fn() for fn in items]
print(g2())
class C:
    base = 100
    values = [1, 2]
    doubled = [v * 2 for v in values]
    try:
        broken = [base + v for v in values]
    except NameError as e:
        error = str(e)
print(C.doubled, C.error)
print([i for i in range(3)], [i for i in range(2)])
total = [(w := i) for i in range(4)]
print(total, w)
