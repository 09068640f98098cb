# raise ... from ..., __cause__, __context__, __suppress_context__.
class ConfigError(Exception):
    pass
def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError("bad config value: " + text) from e
try:
    load("abc")
except ConfigError as e:
    print("caught:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress_context:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("k") from None
except KeyError as e:
    print("from None -> cause:", e.__cause__, "suppress:", e.__suppress_context__)
    print("context still recorded:", type(e.__context__).__name__)
try:
    raise RuntimeError("outer") from ValueError("explicit cause")
except RuntimeError as e:
    print(repr(e.__cause__), e.__context__)
e = ValueError("x")
print(e.__cause__, e.__context__, e.__suppress_context__)
try:
    raise IndexError from TypeError
except IndexError as e:
    print(repr(e), repr(e.__cause__))
