# globals() and locals().
g_value = 10
def show_locals(a, b=2):
    c = a + b
    return sorted(locals().items())
print(show_locals(1))
print(globals()["g_value"], "show_locals" in globals(), globals()["__name__"])
globals()["injected"] = "via globals()"
print(injected)
def outer():
    x = 1
    def inner():
        y = 2
        return sorted(locals())
    return inner()
print(outer())
print(locals() is globals())
class K:
    a = 1
    names = sorted(k for k in locals() if not k.startswith("__"))
print(K.names)
print(type(globals()).__name__, sorted(k for k in globals() if not k.startswith("__"))[:4])
