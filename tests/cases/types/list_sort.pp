# sort/sorted with key and reverse; stability; comparison errors.
data = [("bob", 25), ("ann", 30), ("cy", 25), ("dee", 30), ("eve", 22)]
print(sorted(data))
print(sorted(data, key=lambda p: p[1]))
print(sorted(data, key=lambda p: p[1], reverse=True))
by_len = sorted(["ccc", "a", "bb", "dd", "e", "fff"], key=len)
print(by_len)
print(sorted(["ccc", "a", "bb", "dd", "e", "fff"], key=len, reverse=True))
words = ["banana", "Apple", "cherry", "apple"]
words.sort()
print(words)
words.sort(key=str.lower)
print(words)
print(sorted([3, 1, 2], reverse=True), sorted("hello"), sorted((5, -1)), sorted({3: 0, 1: 0}))
print(sorted([1.5, 1, True, 0.5, False]))
nums = [-3, 2, -1, 4]
nums.sort(key=abs)
print(nums)
try:
    [1, "a"].sort()
except TypeError as e:
    print("TypeError:", e)
print(sorted([[2, 1], [1, 2], [1]]), sorted([(1, "b"), (1, "a")]))
records = list(range(20))
records.sort(key=lambda x: x % 3)
print(records)
print(sorted([], key=len), sorted([5]))
