# map and filter: lazy, multiple iterables, None as filter function.
print(list(map(str, [1, 2, 3])), list(map(lambda x, y: x * y, [1, 2, 3], [4, 5])))
print(list(map(len, ["a", "bb", ""])), list(map(pow, [2, 3], [3, 2])))
print(list(filter(None, [0, 1, "", "x", None, [], [0]])), list(filter(lambda x: x % 2, range(10))))
print(list(filter(str.isdigit, "a1b2c3")), "".join(filter(str.isalpha, "a1b2")))
calls = []
def tracked(x):
    calls.append(x)
    return x * 10
m = map(tracked, [1, 2, 3])
print(calls, next(m), calls)
print(list(m), list(m))
print(sum(map(int, "12345")), max(map(abs, [-7, 3])), sorted(map(lambda s: s[::-1], ["ab", "ba"])))
try:
    list(map(None, [1]))
except TypeError as e:
    print("TypeError:", e)
f = filter(lambda c: c in "aeiou", "education")
print(type(f).__name__, list(f))
print(list(map(lambda *a: a, "ab", "cd", "ef")))
