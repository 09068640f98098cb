# Name mangling of __private attributes and methods.
class Secret:
    def __init__(self):
        self.__hidden = "hidden"
        self._protected = "protected"
        self.__dunder__ = "not mangled"
    def reveal(self):
        return self.__hidden
    def __private_method(self):
        return "private method"
    def call_private(self):
        return self.__private_method()
s = Secret()
print(s.reveal(), s._protected, s.__dunder__)
print(s._Secret__hidden)
print(s.call_private(), s._Secret__private_method())
try:
    s.__hidden
except AttributeError as e:
    print("AttributeError:", e)
print(sorted(vars(s)))
class Child(Secret):
    def __init__(self):
        super().__init__()
        self.__hidden = "child's own"
    def child_reveal(self):
        return self.__hidden
c = Child()
print(c.reveal(), c.child_reveal())
print(sorted(vars(c)))
class _Leading:
    def __init__(self):
        self.__x = 1
print(sorted(vars(_Leading())))
