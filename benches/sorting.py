# List sort and comprehensions: list.sort() with key= and reverse=, sorted()
# on tuples and strings, list comprehensions with conditions, slicing, min/max.


def lcg_list(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append(x >> 8)
    return out


def main():
    checksum = 0
    for rnd in range(4):
        data = lcg_list(40000, rnd + 1)
        a = sorted(data)
        b = data[:]
        b.sort(reverse=True)
        c = sorted(data, key=lambda v: (v % 1000, v))
        pairs = [(v % 97, -v) for v in data if v % 5 != 0]
        pairs.sort()
        names = ["n%d" % (v % 5000) for v in data[:20000]]
        names.sort(key=len)
        uniq = sorted(set(names), key=lambda s: s[::-1])
        evens = [v for v in a if v % 2 == 0][::3]
        grid = [[(i * j + rnd) % 17 for j in range(40)] for i in range(40)]
        flat = [x for row in grid for x in row if x > 8]
        middle = a[1000:-1000:7]
        checksum = (checksum * 31 + a[0] + a[-1] + b[0] + c[0] + c[-1]
                    + pairs[0][1] + pairs[-1][1] + len(names[0]) + len(uniq)
                    + sum(evens[:100]) + sum(flat) + len(middle)
                    + max(middle) - min(middle)) % 1000000007
    print("first", a[:3], "last", a[-3:])
    print("uniq", uniq[:4])
    print("checksum", checksum)


main()
