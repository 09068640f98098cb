# Bare raise re-raises the exception being handled.
def risky():
    try:
        raise ValueError("original")
    except ValueError:
        print("logging and re-raising")
        raise
try:
    risky()
except ValueError as e:
    print("outer got:", e)
def reraise_after_handling():
    try:
        {}["k"]
    except KeyError as e:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
        raise
try:
    reraise_after_handling()
except KeyError as e:
    print("still the KeyError:", repr(e))
try:
    raise
except RuntimeError as e:
    print("RuntimeError:", e)
def selective(exc):
    try:
        raise exc
    except Exception as e:
        if isinstance(e, KeyError):
            return "handled KeyError"
        raise
print(selective(KeyError("a")))
try:
    selective(IndexError("b"))
except IndexError as e:
    print("propagated:", repr(e))
