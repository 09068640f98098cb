# Bound methods: __self__, __func__, equality, storing and calling later.
class Greeter:
    def __init__(self, name):
        self.name = name
    def greet(self, other):
        return "%s greets %s" % (self.name, other)
g = Greeter("ann")
m = g.greet
print(m("bob"))
print(m.__self__ is g, m.__func__ is Greeter.greet, m.__name__)
print(g.greet == g.greet, g.greet is g.greet, Greeter("x").greet == m)
print(Greeter.greet(g, "cy"))
actions = [Greeter("a").greet, Greeter("b").greet]
print([act("z") for act in actions])
unbound = Greeter.greet
print(type(unbound).__name__, type(m).__name__)
g.name = "changed"
print(m("dee"))
g.greet = lambda other: "instance attribute wins: " + other
print(g.greet("eve"), Greeter.greet(g, "fay"))
lst = [3, 1, 2]
push = lst.append
push(0)
print(lst, push.__self__ is lst, push.__name__)
s = "a-b-c"
split = s.split
print(split("-"), split("-", 1))
print(type(lst.append).__name__)
