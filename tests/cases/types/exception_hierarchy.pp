# Built-in exception class hierarchy.
def chain(cls):
    return " -> ".join(c.__name__ for c in cls.__mro__)
for cls in [ZeroDivisionError, KeyError, IndexError, FileNotFoundError, UnboundLocalError,
            RecursionError, StopIteration, KeyboardInterrupt, SystemExit, ModuleNotFoundError,
            UnicodeDecodeError, NotImplementedError, OverflowError, AssertionError, TimeoutError,
            PermissionError, GeneratorExit, StopAsyncIteration, IsADirectoryError, BrokenPipeError]:
    print(chain(cls))
print(issubclass(KeyboardInterrupt, Exception), issubclass(SystemExit, Exception), issubclass(GeneratorExit, BaseException))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(LookupError, Exception))
print(IOError is OSError, EnvironmentError is OSError)
try:
    raise KeyboardInterrupt
except Exception:
    print("not caught by Exception")
except BaseException as e:
    print("caught by BaseException:", type(e).__name__)
e = Exception("msg", 42)
print(e.args, str(e), repr(e), str(Exception()), repr(Exception("x")))
print(repr(KeyError("k")), str(KeyError("k")), str(IndexError("i")))
