# AttributeError on an instance of a user class.
class Foo:
    def __init__(self):
        self.y = 1
foo = Foo()
print(foo.y)
print(foo.x)
