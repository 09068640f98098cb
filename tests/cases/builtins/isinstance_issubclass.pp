# isinstance / issubclass with classes, tuples of types, bool/int and errors.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, B), isinstance(b, A), isinstance(b, C), isinstance(b, object))
print(isinstance(b, (C, A)), isinstance(3, (str, float)), isinstance(3, (str, (float, int))))
print(isinstance(True, int), isinstance(1, bool), isinstance(1.0, int), isinstance(None, type(None)))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)), issubclass(A, A), issubclass(bool, (int,)))
print(issubclass(int, object), issubclass(type, object), isinstance(int, type), isinstance(type, type))
print(isinstance([], list), isinstance({}, dict), isinstance("s", str), isinstance(b"", bytes))
print(isinstance(len, type(print)), isinstance(A, type), isinstance(A(), type))
try:
    isinstance(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    issubclass(b, A)
except TypeError as e:
    print("TypeError:", e)
print(isinstance(3, ()), issubclass(B, ()))
print(isinstance(KeyError(), LookupError), issubclass(FileNotFoundError, OSError))
