# Default argument values, evaluation time and the mutable default pitfall.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di"))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
counter = 10
def snapshot(v=counter):
    return v
counter = 20
print(snapshot())
def safe(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe(1), safe(2))
print(greet.__defaults__)
print(append_to.__defaults__)
def f(a, b=2, *, c=3, d):
    return (a, b, c, d)
print(f(1, d=4))
print(f.__kwdefaults__)
