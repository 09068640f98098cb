# Module-level names read and written in loops, rebound through
# globals(), deleted and re-created, shadowing builtins at module level
# and in class bodies (which look names up in their own namespace first).
total = 0
for i in range(5):
    total += i
print(total)
globals()["total"] = 100
total += 1
print(total)
del total
try:
    print(total)
except NameError as e:
    print("NameError:", e)
total = "again"
print(total)
len = lambda x: "module len"
print(len("abc"))
del len
print(len("abc"))


class Body:
    total = "class total"
    seen = total
    print("in body:", total, seen)


print(total, Body.total)
for _ in range(3):
    pass
print(_)
