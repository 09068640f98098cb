# range: repr, len, indexing, slicing, membership, negative steps, equality.
r = range(10)
print(r, range(2, 8), range(0, 10, 3), range(5, 0, -1), repr(range(-3)))
print(len(r), len(range(2, 8)), len(range(0, 10, 3)), len(range(10, 0)), len(range(10, 0, -3)))
print(list(range(5, 0, -1)), list(range(0, -10, -4)), list(range(3, 3)), list(range(-2, 2)))
print(r[3], r[-1], range(0, 10, 3)[-1], r[2:5], r[::-1], r[::2], range(0, 20, 2)[1:4])
print(5 in r, 10 in r, -1 in r, 6 in range(0, 10, 3), 9 in range(0, 10, 3), 3.0 in r)
print(range(0, 10, 3).index(9), range(10).count(3), r.start, r.stop, r.step)
print(range(0) == range(5, 5), range(0, 3) == range(0, 3, 1), range(0, 5, 2) == range(0, 6, 2))
print(list(reversed(range(4))), sum(range(101)), max(range(7)), min(range(3, 9)))
try:
    r[10]
except IndexError as e:
    print("IndexError:", e)
try:
    range(1, 2, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
try:
    range(3).index(7)
except ValueError as e:
    print("ValueError:", e)
big = range(10 ** 20)
print(big[-1], 10 ** 19 in big, big[10 ** 19])
print(range(-5, 5, 3)[1:], bool(range(0)), bool(range(1)), type(r).__name__)
