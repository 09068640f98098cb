# atexit: handlers run last-in first-out with their args and kwargs; register
# works as a decorator; unregister removes every registration of a function.
import atexit

def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))

atexit.register(show, 1, 2, key="v")

@atexit.register
def decorated():
    print("decorated")

def dropped():
    print("never")

atexit.register(dropped)
atexit.register(dropped, 3)
atexit.unregister(dropped)
r = atexit.register(show, "last")
print(r is show, decorated.__name__)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
try:
    atexit.register()
except TypeError as e:
    print("TypeError:", e)
print("main body done")
