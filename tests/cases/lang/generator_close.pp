# close(), GeneratorExit, finally in generators, StopIteration in generators.
def worker():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("  GeneratorExit received")
        raise
    finally:
        print("  worker cleanup")
w = worker()
print(next(w))
w.close()
print("closed")
print(next(w, "exhausted after close"))
w2 = worker()
w2.close()
print("closing an unstarted generator runs nothing")
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuse"
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
def leaky():
    yield 1
    raise StopIteration("inside generator")
try:
    list(leaky())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))
def finite():
    yield "a"
f = finite()
print(list(f), list(f))
def gen_with_finally():
    try:
        for i in range(3):
            yield i
    finally:
        print("  finally after full iteration")
for v in gen_with_finally():
    print("got", v)
for v in gen_with_finally():
    if v == 1:
        break
print("after break")
