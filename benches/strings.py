# String work: building with += and join, split, str methods (upper, lower,
# replace, strip, startswith, find, count), f-strings and % formatting.

WORDS = ["alpha", "Beta", "gamma", "DELTA", "epsilon", "zeta", "Eta", "theta",
         "iota", "kappa", "lambda", "mu", "nu", "xi", "omicron", "pi"]


def make_line(i):
    w1 = WORDS[i % 16]
    w2 = WORDS[(i * 7 + 3) % 16]
    w3 = WORDS[(i * 13 + 5) % 16]
    return f"{i:05d} {w1}-{w2} {w3.upper()} x={i * 3 % 101:03d} y={i / 7:.3f}"


def process(line):
    parts = line.split()
    num = int(parts[0])
    left, right = parts[1].split("-")
    tag = parts[2].lower()
    x = int(parts[3][2:])
    word = "%s/%s:%d" % (left.capitalize(), right.swapcase(), x)
    if word.startswith("Alpha") or tag.endswith("a"):
        word = word.replace("a", "A")
    return num, word, tag, line.find("=") + line.count("a")


def main():
    checksum = 0
    total_len = 0
    for rnd in range(14):
        lines = []
        for i in range(8000):
            lines.append(make_line(i + rnd))
        text = "\n".join(lines)
        total_len += len(text)
        out = []
        for line in text.split("\n"):
            num, word, tag, k = process(line)
            out.append(word)
            checksum = (checksum * 31 + num + k + len(word) + len(tag)) % 1000000007
        joined = ",".join(out)
        s = ""
        for w in out[:2000]:
            s += w.strip("A")[:3]
        checksum = (checksum + len(joined) + joined.count("A") + len(s)) % 1000000007
        checksum = (checksum + sum(ord(c) for c in s[:500])) % 1000000007
    print("total_len", total_len)
    print("checksum", checksum)
    print(make_line(12345), "|", process(make_line(4242)))


main()
