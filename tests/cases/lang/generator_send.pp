# generator.send(), priming with next/send(None), throw().
def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return ("final", avg)
a = averager()
print(a.send(None))
print(a.send(10))
print(a.send(20))
print(a.send(3))
try:
    a.send(None)
except StopIteration as e:
    print("stopped with", e.value)
g = averager()
try:
    g.send(5)
except TypeError as e:
    print("TypeError:", e)
def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    except ValueError as e:
        yield "caught " + str(e) + " after " + repr(received)
e = echo()
next(e)
e.send("a")
e.send("b")
print(e.throw(ValueError("boom")))
def simple():
    yield 1
    yield 2
s = simple()
print(next(s))
try:
    s.throw(KeyError("k"))
except KeyError as err:
    print("propagated out:", repr(err))
print(next(s, "exhausted"))
