# Python-to-Python calls: results, exceptions crossing frames (caught
# partway up, finally blocks on the way), closures, methods, generators
# called from inside calls, deep recursion under a raised limit, and the
# RecursionError at the limit. The traceback of the uncaught error at the
# end names every frame it crossed.
import sys


def leaf(n):
    if n == 0:
        raise KeyError("bottom")
    return n


def middle(n, log):
    try:
        return leaf(n) * 10
    finally:
        log.append("middle finally %d" % n)


def top(n):
    log = []
    try:
        r = middle(n, log)
    except KeyError as e:
        r = "caught %r" % (e,)
    return r, log


print(top(3))
print(top(0))


def counter():
    count = 0

    def bump(k):
        nonlocal count
        count += k
        return count

    return bump


b = counter()
print([b(i) for i in range(5)])


class Shape:
    def __init__(self, w):
        self.w = w

    def area(self):
        return self.side() * self.side()

    def side(self):
        return self.w


class Broken(Shape):
    def side(self):
        return self.w / 0


print(Shape(3).area())
try:
    Broken(2).area()
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


def gen(n):
    for i in range(n):
        yield helper(i)


def helper(i):
    return i * i


def use_gen():
    return sum(gen(5))


print(use_gen())


def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)


sys.setrecursionlimit(30000)
print(depth(20000))
sys.setrecursionlimit(100)


def forever(n):
    return forever(n + 1)


try:
    forever(0)
except RecursionError as e:
    print("RecursionError:", e)
print(depth(50))


def returns_in_finally():
    try:
        return "try"
    finally:
        print("finally runs")


print(returns_in_finally())


def outer():
    return inner(1)


def inner(x):
    return x + None


outer()
