# Chained comparisons evaluate each operand once and short-circuit.
x = 5
print(1 < x < 10, 1 < x > 10, 1 < x < 3)
print(0 <= x <= 5 <= 6, 1 == 1 == 1.0, 1 == 1 != 2)
print(1 < 2 < 3 < 4 < 5, 5 > 4 > 6 > 2)
def val(v, label):
    print("  eval", label)
    return v
print(val(1, "a") < val(2, "b") < val(3, "c"))
print(val(3, "a") < val(2, "b") < val(1, "c"))
print("a" < "b" < "c", [1] < [1, 0] < [2])
print(1 < 2 == 2 > 1, None is None is not False)
print(2 in [1, 2] in [[1, 2]], 3 not in [1] not in [[1]])
print((1 < 2) < 3, 1 < (2 < 3))
a = [1, 2, 3]
print(a[0] < a[1] < a[2], 0 < len(a) <= 3)
try:
    print(1 < "a" < 3)
except TypeError as e:
    print("TypeError:", e)
