# Messages of TypeErrors raised by built-in functions and methods, which
# programs print and tests compare.
attempts = [
    lambda: "a".center(),
    lambda: "a".ljust(),
    lambda: "a".rjust(),
    lambda: exec(5),
    lambda: eval(None),
    lambda: object.__new__(5),
    lambda: (1).__add__(),
    lambda: (1).__lt__(1, 2),
    lambda: sorted([2, 1], reverse=2.5),
    lambda: [2, 1].sort(reverse="yes"),
]
for attempt in attempts:
    try:
        print(attempt())
    except TypeError as e:
        print("TypeError:", e)
print(sorted([1, 2], reverse=3), sorted([1, 2], reverse=False))
