# __call__ makes instances callable; callable() builtin.
class Multiplier:
    def __init__(self, k):
        self.k = k
        self.calls = 0
    def __call__(self, x, *rest, scale=1):
        self.calls += 1
        return (x * self.k + sum(rest)) * scale
triple = Multiplier(3)
print(triple(2), triple(2, 1, 1), triple(1, scale=10))
print(triple.calls, callable(triple), callable(Multiplier), callable(3))
print(list(map(triple, [1, 2, 3])))
class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]
@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), len(fib.cache), type(fib).__name__)
class NotCallable:
    pass
try:
    NotCallable()()
except TypeError as e:
    print("TypeError:", e)
class Adder:
    def __call__(self, a, b):
        return a + b
print(sorted([3, 1, 2], key=Multiplier(-1)), Adder()("x", "y"))
