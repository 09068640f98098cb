# LEGB name resolution, class scope not visible in methods, builtins shadowing.
x = "global"
def f():
    return x
def g():
    x = "enclosing"
    def h():
        return x
    return h()
print(f(), g())
class C:
    x = "class attr"
    y = x + "!"
    def method(self):
        return x
print(C.y, C().method())
def shadow_len():
    len = lambda s: 42
    return len("abc")
print(shadow_len(), len("abc"))
def uses_builtin():
    return max(3, 9)
print(uses_builtin())
def assign_later():
    try:
        print(v)
    except UnboundLocalError as e:
        print("UnboundLocalError:", e)
    v = 1
    return v
v = "global v"
print(assign_later())
def del_local():
    z = 1
    del z
    try:
        return z
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)
print(del_local())
try:
    print(undefined_name)
except NameError as e:
    print("NameError:", e)
