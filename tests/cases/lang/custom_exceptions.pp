# User-defined exception classes: hierarchy, extra attributes, args, str/repr.
class AppError(Exception):
    pass
class NotFound(AppError):
    def __init__(self, what, code=404):
        super().__init__("not found: " + what)
        self.what = what
        self.code = code
class Invalid(AppError):
    def __str__(self):
        return "invalid input (%d args)" % len(self.args)
for exc in [NotFound("page"), Invalid(1, 2), AppError(), AppError("a", "b")]:
    try:
        raise exc
    except NotFound as e:
        print("NotFound:", e, e.what, e.code, e.args)
    except AppError as e:
        print(type(e).__name__ + ":", str(e), repr(e), e.args)
print(issubclass(NotFound, AppError), issubclass(NotFound, Exception), issubclass(AppError, BaseException))
print(NotFound.__mro__)
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr("x")), str(WithRepr("x")))
try:
    raise NotFound
except TypeError as e:
    print("TypeError:", e)
e = ValueError("a", 2)
print(e.args, str(e), repr(e))
print(str(KeyError("k")), str(KeyError("k", "v")), repr(ValueError()))
