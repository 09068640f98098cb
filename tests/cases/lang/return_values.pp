# return with no value, several values, early return, return in loops.
def none_implicit():
    x = 1
def none_explicit():
    return
def many():
    return 1, "two", [3]
def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1
print(none_implicit(), none_explicit())
print(many())
a, b, c = many()
print(a, b, c)
print(early(10), early(0), early(50))
def sign(x):
    if x > 0:
        return 1
    if x < 0:
        return -1
    return 0
print([sign(v) for v in (-3, 0, 8)])
def nested():
    def inner():
        return "inner"
    return inner
print(nested()())
def returns_function_result():
    return len("abcd") * 2
print(returns_function_result())
