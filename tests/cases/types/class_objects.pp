# Classes as objects: type(), __name__, __module__, __bases__, __dict__, dynamic creation.
class Animal:
    legs = 4
    def speak(self):
        return "..."
class Bird(Animal):
    legs = 2
print(Animal, Bird, type(Animal), type(Bird()).__name__)
print(Animal.__name__, Animal.__module__, Animal.__qualname__, Bird.__bases__, Animal.__bases__)
print("legs" in Animal.__dict__, "speak" in Bird.__dict__, Bird.legs, Bird().speak())
print(isinstance(Animal, type), isinstance(int, type), type(type), issubclass(type, object))
Dyn = type("Dyn", (Animal,), {"legs": 6, "fly": lambda self: "buzz"})
d = Dyn()
print(Dyn, Dyn.__name__, d.legs, d.fly(), d.speak(), Dyn.__mro__)
classes = [Animal, Bird, Dyn]
print([c().legs for c in classes], [c.__name__ for c in classes])
print(type(3)(7) + 1, type("x")("y"), type([])((1, 2)))
def factory(n):
    class Local:
        value = n
        def __repr__(self):
            return "Local(%d)" % self.value
    return Local
A, B = factory(1), factory(2)
print(A(), B(), A is B, A.__name__ == B.__name__, A.__qualname__)
print(object.__name__, object.__bases__, Animal.__base__, bool.__base__)
