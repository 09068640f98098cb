# Matrix operations on lists of lists: multiply, transpose, identity, power, determinant.
def mat_mul(a, b):
    if len(a[0]) != len(b):
        raise ValueError("shape mismatch: %dx%d * %dx%d" % (len(a), len(a[0]), len(b), len(b[0])))
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]

def transpose(m):
    return [list(row) for row in zip(*m)]

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def mat_pow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = mat_mul(result, m)
        m = mat_mul(m, m)
        e >>= 1
    return result

def det(m):
    if len(m) == 1:
        return m[0][0]
    if len(m) == 2:
        return m[0][0] * m[1][1] - m[0][1] * m[1][0]
    total = 0
    for j in range(len(m)):
        minor = [row[:j] + row[j + 1:] for row in m[1:]]
        total += (-1) ** j * m[0][j] * det(minor)
    return total

def show(m, name):
    print(name + ":")
    width = max(len(str(x)) for row in m for x in row)
    for row in m:
        print("  [" + " ".join(str(x).rjust(width) for x in row) + "]")

A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
show(mat_mul(A, B), "A*B")
show(mat_mul(B, A), "B*A")
show(transpose(A), "A^T")
print(mat_mul(A, identity(3)) == A)
try:
    mat_mul(A, A)
except ValueError as e:
    print("ValueError:", e)
fib = mat_pow([[1, 1], [1, 0]], 90)
print("fib(90) =", fib[0][1])
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print("det(M) =", det(M), "det(I4) =", det(identity(4)))
F = [[0.5, 0.25], [0.125, 1.0]]
show(mat_mul(F, F), "F*F")
print(sum(sum(row) for row in mat_pow([[1, 1], [1, 1]], 10)))
