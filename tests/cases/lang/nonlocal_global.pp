# nonlocal and global declarations.
total = 0
def add_global(n):
    global total
    total += n
add_global(5); add_global(7)
print(total)
def make_global():
    global created_later
    created_later = "made inside function"
make_global()
print(created_later)
def shadow():
    total = "local"
    return total
print(shadow(), total)
def outer():
    x = 1
    def middle():
        nonlocal x
        x += 10
        def inner():
            nonlocal x
            x *= 2
        inner()
    middle()
    return x
print(outer())
def counter_pair():
    n = 0
    def up():
        nonlocal n
        n += 1
        return n
    def down():
        nonlocal n
        n -= 1
        return n
    return up, down
up, down = counter_pair()
print(up(), up(), down(), up())
x = "module"
def read_only():
    return x
def local_only():
    x = "func"
    return x
print(read_only(), local_only(), x)
