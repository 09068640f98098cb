# Text statistics over an embedded paragraph: word counts, frequencies, sentences.
TEXT = """The quick brown fox jumps over the lazy dog. The dog, being lazy, did not
react; the fox was quick! Was the fox happy? Perhaps the fox was merely bored.
Foxes and dogs: an old story, told and retold, over and over again."""

def words(text):
    cleaned = []
    for ch in text.lower():
        cleaned.append(ch if ch.isalpha() or ch == "'" else " ")
    return "".join(cleaned).split()

def sentences(text):
    out, current = [], []
    for ch in text.replace("\n", " "):
        current.append(ch)
        if ch in ".!?":
            out.append("".join(current).strip())
            current = []
    if "".join(current).strip():
        out.append("".join(current).strip())
    return out

ws = words(TEXT)
print("characters:", len(TEXT), "letters:", sum(c.isalpha() for c in TEXT))
print("words:", len(ws), "unique:", len(set(ws)))
print("lines:", len(TEXT.splitlines()))
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for word, count in top:
    print("%-6s %2d %s" % (word, count, "#" * count))
lengths = {}
for w in ws:
    lengths.setdefault(len(w), []).append(w)
for n in sorted(lengths):
    print(n, sorted(set(lengths[n]))[:4])
sents = sentences(TEXT)
print(len(sents), "sentences")
for s in sents:
    print("  [%2d words] %s" % (len(words(s)), s[:40] + ("..." if len(s) > 40 else "")))
longest = max(ws, key=len)
print("longest word:", longest, "average length: %.3f" % (sum(map(len, ws)) / len(ws)))
vowels = sum(TEXT.lower().count(v) for v in "aeiou")
print("vowels:", vowels, "punctuation:", sum(1 for c in TEXT if c in ".,;:!?"))
print("capitalized:", [w for w in TEXT.split() if w[0].isupper()])
