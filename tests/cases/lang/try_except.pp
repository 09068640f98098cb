# try/except/else/finally, tuples of exception types, `as` binding and unbinding.
def attempt(action):
    try:
        print(" trying", action)
        if action == "zero":
            1 / 0
        elif action == "key":
            {}["missing"]
        elif action == "index":
            [][3]
        elif action == "type":
            "a" + 1
    except (KeyError, IndexError) as e:
        print(" lookup error:", type(e).__name__, e)
    except ZeroDivisionError as e:
        print(" zero:", e)
    except Exception as e:
        print(" other:", type(e).__name__, e)
    else:
        print(" no exception")
    finally:
        print(" finally for", action)
for a in ["ok", "zero", "key", "index", "type"]:
    attempt(a)
try:
    raise ValueError("v")
except ValueError as err:
    pass
try:
    err
except NameError as e:
    print("err unbound after except:", e)
try:
    try:
        raise TypeError("inner")
    except ValueError:
        print("not here")
    finally:
        print("inner finally")
except TypeError as e:
    print("outer caught", e)
try:
    raise LookupError("base class catches")
except LookupError as e:
    print(type(e).__name__, e)
try:
    {}[1]
except LookupError as e:
    print("KeyError caught as LookupError:", repr(e))
try:
    pass
finally:
    print("finally without except")
