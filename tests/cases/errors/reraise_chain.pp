# Bare raise inside handler preserves the original traceback, context chain of three.
def a():
    raise KeyError("a failed")
def b():
    try:
        a()
    except KeyError:
        raise ValueError("b failed")
def c():
    try:
        b()
    except ValueError:
        print("c saw the error, re-raising")
        raise
c()
