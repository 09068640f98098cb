# Dict and set comprehensions.
print({x: x ** 2 for x in range(5)})
print({k: v for k, v in zip("abc", [1, 2, 3]) if v != 2})
words = ["alpha", "beta", "gamma", "avocado", "banana"]
by_letter = {}
for w in words:
    by_letter.setdefault(w[0], []).append(w)
print(by_letter)
print({k: len(v) for k, v in by_letter.items()})
inverse = {v: k for k, v in {"one": 1, "two": 2}.items()}
print(inverse)
print(sorted({x % 4 for x in range(20)}))
print({len(w) for w in words} == {4, 5, 7, 6})
print(sorted({c.upper() for c in "hello world" if c.isalpha()}))
print({(i, j): i * j for i in range(2) for j in range(2)})
print({i: {j for j in range(i)} for i in range(4)})
last = {w[0]: w for w in words}
print(last)
