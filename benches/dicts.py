# Dict work: word counting with get/setdefault/in, dict comprehensions,
# items()/keys()/values() iteration, deletion and update.

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "so", "ta", "vu", "ze", "po", "qi", "wa"]


def make_words(n):
    words = []
    x = 12345
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        a = SYLLABLES[x % 12]
        b = SYLLABLES[(x >> 8) % 12]
        c = SYLLABLES[(x >> 16) % 12] if x % 3 else ""
        words.append(a + b + c)
    return words


def main():
    words = make_words(60000)
    checksum = 0
    for rnd in range(16):
        counts = {}
        for w in words:
            counts[w] = counts.get(w, 0) + 1
        by_first = {}
        for w in words:
            by_first.setdefault(w[:2], []).append(w)
        seen = {}
        for w in words:
            if w in seen:
                seen[w] += 1
            else:
                seen[w] = 1
        lengths = {w: len(w) * c for w, c in counts.items()}
        inverted = {}
        for w, c in counts.items():
            if c in inverted:
                inverted[c].append(w)
            else:
                inverted[c] = [w]
        squares = {i: i * i for i in range(20000)}
        for k in list(squares.keys()):
            if k % 3 == 0:
                del squares[k]
        squares.update({k: -k for k in range(0, 1000, 2)})
        total = 0
        for k, v in squares.items():
            total += v
        checksum = (checksum * 7 + total + sum(lengths.values()) + len(inverted)
                    + sum(len(v) for v in by_first.values())
                    + max(seen.values()) + len(counts) + rnd) % 1000000007
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    print("distinct", len(counts))
    print("top", top)
    print("checksum", checksum)


main()
