# break/continue in nested loops, inside try/finally.
for i in range(4):
    for j in range(4):
        if j > i:
            break
        if (i + j) % 2:
            continue
        print(i, j)
result = []
for i in range(5):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        result.append(i)
    finally:
        result.append("f%d" % i)
print(result)
n = 0
while True:
    n += 1
    try:
        if n < 3:
            continue
        break
    finally:
        print("finally", n)
print("n", n)
total = 0
for x in range(100):
    if x % 3:
        continue
    if x > 20:
        break
    total += x
print(total)
