# Generator expressions: laziness, single use, as sole call argument.
squares = (x * x for x in range(5))
print(type(squares).__name__)
print(next(squares), next(squares))
print(list(squares))
print(list(squares))
print(sum(x for x in range(101)))
print(max(len(w) for w in "a bb ccc dd".split()))
print(sorted((c for c in "generator"), reverse=True))
log = []
def noisy(x):
    log.append(x)
    return x
g = (noisy(x) for x in range(3))
print(log)
first = next(g)
print(first, log)
nested = ((i, j) for i in range(3) for j in range(i))
print(list(nested))
print(list(x for x in range(20) if x % 3 == 0 if x % 2 == 0))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]))
print(dict((k, len(k)) for k in ["ab", "c"]))
print(tuple(str(i) for i in range(4)))
print(", ".join(w.upper() for w in ["x", "y"]))
