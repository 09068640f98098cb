# Closures capture variables, not values; counters via nonlocal.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc, get = make_counter(5)
inc(); inc(10)
print(get())
inc2, get2 = make_counter()
inc2()
print(get(), get2())
def make_multipliers():
    return [lambda x: x * i for i in range(4)]
print([m(2) for m in make_multipliers()])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()
print(outer())
def adder(n):
    def add(m):
        return n + m
    return add
add5 = adder(5)
print(add5(1), adder(-1)(1))
print(add5.__closure__ is not None, len(add5.__closure__))
print(add5.__closure__[0].cell_contents)
def accumulate():
    items = []
    def push(x):
        items.append(x)
        return len(items)
    return push, items
push, items = accumulate()
push("a"); push("b")
print(items)
