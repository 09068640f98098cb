# assert with and without messages.
assert True
assert 1 + 1 == 2, "math works"
try:
    assert 1 > 2
except AssertionError as e:
    print("empty message:", repr(e), e.args)
try:
    assert [] , "list is empty"
except AssertionError as e:
    print("message:", e)
def check(x):
    assert isinstance(x, int), "expected int, got %s" % type(x).__name__
    return x * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print("AssertionError:", e)
try:
    assert False, ("tuple", 1)
except AssertionError as e:
    print(e.args)
calls = []
def side():
    calls.append(1)
    return "msg"
assert True, side()
print("message evaluated lazily:", calls)
print(__debug__)
