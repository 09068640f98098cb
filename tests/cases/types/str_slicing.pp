# String indexing and slicing with steps, negative indices, out-of-range bounds.
s = "abcdefghij"
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2], s[-1:-5:-1])
print(repr(s[5:2]), repr(s[100:]), s[-100:3], s[3:100], repr(s[2:2]))
print(s[1:9:3], s[::3], s[::-3], s[9::-4])
print(s[slice(2, 6)], s[slice(None, None, -1)], s[slice(-4, None)])
try:
    s[10]
except IndexError as e:
    print("IndexError:", e)
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)
try:
    s[1] = "z"
except TypeError as e:
    print("TypeError:", e)
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)
print(s[True], s[False:True], s[-len(s)])
t = s[2:8]
print(t, len(t), t[1:-1])
