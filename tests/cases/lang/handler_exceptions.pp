# Exceptions raised inside except, else and finally blocks.
def in_except():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("raised in handler")
try:
    in_except()
except TypeError as e:
    print("caught", e, "context:", repr(e.__context__))
def in_else():
    try:
        pass
    except Exception:
        print("not reached")
    else:
        raise KeyError("from else")
    finally:
        print("finally still runs")
try:
    in_else()
except KeyError as e:
    print("caught", repr(e), e.__context__)
def in_finally():
    try:
        return "never returned"
    finally:
        raise IndexError("from finally")
try:
    in_finally()
except IndexError as e:
    print("caught", e)
def handler_not_reused():
    try:
        raise ValueError("a")
    except ValueError:
        try:
            raise ValueError("b")
        except ValueError as inner:
            return "inner handled: %s (context %s)" % (inner, inner.__context__)
print(handler_not_reused())
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        print("handling", e)
        raise
    finally:
        print("finally before propagation")
except ArithmeticError as e:
    print("outer", type(e).__name__)
