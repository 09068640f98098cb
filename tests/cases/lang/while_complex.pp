# Loops with complex control: nested while/for, flags, loop variables after loops.
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 18), gcd(17, 5), gcd(0, 9))
def binary_search(xs, target):
    lo, hi = 0, len(xs) - 1
    steps = 0
    while lo <= hi:
        steps += 1
        mid = (lo + hi) // 2
        if xs[mid] == target:
            return mid, steps
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1, steps
xs = list(range(0, 100, 3))
print(binary_search(xs, 33), binary_search(xs, 34), binary_search(xs, 99))
i = 0
found = None
while i < 10:
    j = 0
    while j < 10:
        if i * j == 42:
            found = (i, j)
            break
        j += 1
    if found:
        break
    i += 1
print(found)
digits = []
n = 9075
while n:
    n, d = divmod(n, 10)
    digits.append(d)
print(digits[::-1])
for i in range(3):
    pass
print(i)
