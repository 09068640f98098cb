# Integer loops: nested for/while loops with +, *, //, %, ^ and comparisons on
# small ints (~3.4M loop iterations in total).


def main():
    acc = 0
    count = 0
    for i in range(1800):
        for j in range(1500):
            acc = (acc + i * j) % 1000003
            if j % 7 == 3:
                count += i ^ j
    k = 0
    s = 0
    while k < 700000:
        s += k // 3 - k % 5
        k += 1
    print("acc", acc)
    print("count", count)
    print("s", s)


main()
