# __enter__/__exit__: return value of __enter__, exception info, suppression.
class Tracker:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        return self.suppress
with Tracker("a") as v:
    print("body got", v)
with Tracker("b", suppress=True):
    raise ValueError("swallowed")
print("after suppressed")
try:
    with Tracker("c"):
        raise KeyError("propagates")
except KeyError as e:
    print("caught", repr(e))
def f():
    with Tracker("d"):
        return "returned from with"
print(f())
for i in range(3):
    with Tracker("loop%d" % i):
        if i == 1:
            continue
        if i == 2:
            break
        print("body", i)
class NoAs:
    def __enter__(self):
        return None
    def __exit__(self, *args):
        print("exit args:", args)
with NoAs() as x:
    print("x is", x)
