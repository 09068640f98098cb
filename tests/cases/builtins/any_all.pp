# any and all: empty iterables, short-circuiting, truthiness.
print(any([]), all([]), any([0, "", None]), any([0, 1]), all([1, "x", [0]]), all([1, 0]))
print(any("abc"), all(""), any(x > 5 for x in range(10)), all(x < 10 for x in range(10)))
seen = []
def check(x):
    seen.append(x)
    return x > 2
print(any(check(x) for x in [1, 3, 5, 7]), seen)
seen.clear()
print(all(check(x) for x in [5, 1, 7]), seen)
print(any([[]]), all([[]]), any({0: "a"}), all({1: 0}))
print(type(any([])).__name__, any(iter([0, 0, 3])))
