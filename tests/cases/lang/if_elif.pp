# if / elif / else chains and truthiness of various values.
def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in [-5, 0, 3, 10, 99]:
    print(n, classify(n))
for v in [0, 1, "", "a", [], [0], {}, {1: 2}, None, 0.0, -0.0, 0.1, (), (None,), range(0), range(1)]:
    if v:
        print(repr(v), "truthy")
    else:
        print(repr(v), "falsy")
x = 3
if x > 1:
    if x > 2:
        print("nested both")
    else:
        print("nested outer only")
if x == 4: print("no")
elif x == 3: print("one-line elif")
if not x:
    print("never")
else:
    pass
print("done")
