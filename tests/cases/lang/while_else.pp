# while loops with else clauses, break and continue.
i = 0
while i < 5:
    i += 1
    if i == 2:
        continue
    print("i =", i)
else:
    print("while finished normally, i =", i)
n = 10
while n > 0:
    if n % 7 == 0:
        print("found multiple of 7:", n)
        break
    n -= 1
else:
    print("not printed")
k = 0
while k:
    print("never")
else:
    print("else runs even with zero iterations")
def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps
print([collatz(x) for x in range(1, 12)])
count = 0
while True:
    count += 1
    if count >= 3:
        break
print("count", count)
