# __iter__ / __next__ protocol, iterables vs iterators, StopIteration.
class Countdown:
    def __init__(self, start):
        self.start = start
    def __iter__(self):
        return CountdownIter(self.start)
class CountdownIter:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1
c = Countdown(3)
print(list(c), list(c))
for x in c:
    print("tick", x)
it = iter(c)
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
print(sum(Countdown(4)), max(Countdown(5)), sorted(Countdown(3)))
a, b = Countdown(2)
print(a, b)
print(3 in Countdown(5), 9 in Countdown(5))
class OldStyle:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i * 10
print(list(OldStyle()), 20 in OldStyle())
class Fib:
    def __iter__(self):
        a, b = 0, 1
        while True:
            yield a
            a, b = b, a + b
for i, f in zip(range(8), Fib()):
    print(f, end=" ")
print()
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
