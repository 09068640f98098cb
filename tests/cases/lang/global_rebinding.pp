# Global name loads stay right while module globals and builtins change
# under a function that keeps running: rebinding, deleting, shadowing a
# builtin and removing the shadow, writes through globals(), and functions
# made by exec in two different globals dicts.
import builtins

real_len = builtins.len
counter = 0


def read():
    return counter, len("abc")


print(read())
counter = 5
print(read())
globals()["counter"] = 7
print(read())


def len(x):
    return "shadowed len"


print(read())
del len
print(read())
builtins.len = lambda x: "patched builtin"
print(read())
del builtins.len
try:
    read()
except NameError as e:
    print("NameError:", e)
builtins.len = real_len
print(read())
del counter
try:
    read()
except NameError as e:
    print("NameError:", e)

src = "def get():\n    return value\n"
ns1 = {"value": "one"}
ns2 = {"value": "two"}
exec(src, ns1)
exec(src, ns2)
for _ in range(2):
    print(ns1["get"](), ns2["get"]())
ns1["value"] = "uno"
print(ns1["get"](), ns2["get"]())
