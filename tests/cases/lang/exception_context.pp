# Implicit exception chaining via __context__.
try:
    try:
        [][0]
    except IndexError:
        {}["missing"]
except KeyError as e:
    print(repr(e), "context:", repr(e.__context__))
    print("cause:", e.__cause__)
def cleanup_fails():
    try:
        raise ValueError("work failed")
    finally:
        raise RuntimeError("cleanup failed")
try:
    cleanup_fails()
except RuntimeError as e:
    print(e, "<-", e.__context__)
try:
    try:
        raise ValueError(1)
    except ValueError as first:
        try:
            raise TypeError(2)
        except TypeError as second:
            raise KeyError(3)
except KeyError as e:
    chain = []
    cur = e
    while cur is not None:
        chain.append(type(cur).__name__)
        cur = cur.__context__
    print(" -> ".join(chain))
try:
    raise ValueError("no context")
except ValueError as e:
    print(e.__context__)
