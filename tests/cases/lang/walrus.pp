# Assignment expressions (walrus operator).
data = [3, 8, 1, 9, 4]
if (n := len(data)) > 3:
    print("list has", n, "items")
print([y for x in data if (y := x * 2) > 6])
print(y)
values = iter([5, 4, 0, 7])
while (v := next(values)) != 0:
    print("value", v)
print("stopped at", v)
print((a := 10) + a, a)
def f(x):
    return x * x
results = [(x, fx) for x in range(5) if (fx := f(x)) % 2 == 0]
print(results, fx)
text = "key=value"
if (pos := text.find("=")) != -1:
    print(text[:pos], text[pos + 1:])
print(z := "bare in call")
def g():
    [w := i for i in range(3)]
    return w
print(g())
total = 0
print([total := total + i for i in range(5)], total)
