# List comprehensions: conditions, nesting, nested comprehensions, expressions.
print([x * 2 for x in range(6)])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(3) for y in "ab"])
print([[r * c for c in range(1, 4)] for r in range(1, 4)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print([n for row in matrix for n in row if n != 4])
print([x if x % 2 else -x for x in range(6)])
words = ["apple", "Bob", "cat", "Dog"]
print([w.lower() for w in words if w[0].isupper()])
print([len(w) for w in words])
print([(i, c) for i, c in enumerate("xyz") if i != 1])
print([a + b for a, b in zip([1, 2], [10, 20])])
print([[y for y in range(x)] for x in range(4)])
print([i for i in range(3) for _ in range(i)])
print([f"{k}={v}" for k, v in {"a": 1, "b": 2}.items()])
print([c * 2 for c in "hé"])
print([x for x in []])
