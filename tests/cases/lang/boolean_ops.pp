# and/or/not return values and short-circuit evaluation.
calls = []
def t(v):
    calls.append(v)
    return v
print(t(1) and t(0) and t(2), calls)
calls.clear()
print(t(0) or t("") or t("x") or t("y"), calls)
calls.clear()
print(t([]) and t(1), calls)
calls.clear()
print(t(5) or t(6), calls)
print(not [], not [0], not 0.0, not "0")
print(True and 3, False or None, None and 1)
print(1 and 2 or 3, 0 and 2 or 3, 1 or 2 and 3)
print(bool(0 or []), bool("a" and "b"))
print([] or {} or () or "last")
x = 0
y = x or 10
print(y)
print(True == 1, False == 0, True + False, True * 3.5)
