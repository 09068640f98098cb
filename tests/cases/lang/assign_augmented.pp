# Augmented assignment on names, attributes, subscripts; in-place vs rebinding.
x = 5
x += 3; print(x)
x -= 1; print(x)
x *= 4; print(x)
x //= 3; print(x)
x %= 5; print(x)
x **= 10; print(x)
x >>= 2; print(x)
x <<= 3; print(x)
x &= 0xF0; print(x)
x |= 0x0F; print(x)
x ^= 0xFF; print(x)
f = 7
f /= 2; print(f)
s = "ab"
s += "cd"; s *= 2; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
tup = (1,)
talias = tup
tup += (2,)
print(tup, talias, tup is talias)
class Box:
    pass
b = Box()
b.n = 1
b.n += 10
print(b.n)
d = {"k": [1]}
d["k"] += [2]
d["k"][0] -= 5
print(d)
m = [[0] * 2 for _ in range(2)]
m[1][0] += 9
print(m)
