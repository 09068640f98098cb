# for/else: else runs only when the loop was not broken.
def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            print("found", target, "at", i)
            break
    else:
        print(target, "not found")
find([1, 2, 3], 2)
find([1, 2, 3], 5)
find([], 1)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
for x in range(3):
    if x == 1:
        continue
    print("x", x)
else:
    print("else after continue-only loop")
for ch in "abc":
    pass
print("loop variable persists:", ch)
for i in range(0):
    pass
else:
    print("empty range else")
