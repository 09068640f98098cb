# str.format: positional, indices, keywords, attribute and index access, conversions.
print("{} {} {}".format("a", "b", "c"), "{2}{1}{0}".format("a", "b", "c"), "{0}{0}{1}".format("x", "y"))
print("{name} is {age}".format(name="Ann", age=30), "{0} {k}".format(1, k=2))
class Point:
    def __init__(self):
        self.x, self.y = 3, 4
pt = Point()
print("{0.x},{0.y}".format(pt), "{p.x}".format(p=pt))
data = [10, 20, 30]
cfg = {"host": "localhost", "port": 8080}
print("{0[1]} {0[2]}".format(data), "{c[host]}:{c[port]}".format(c=cfg), "{0[0]}".format("str"))
print("{!r} {!s} {!a}".format("é", "é", "é"), "{0!r:>8}".format("x"))
print("{{}} {{{}}}".format(5), "{:{}}|".format("w", 4), "{:{}.{}f}".format(3.14159, 8, 2))
print("{:>{width}}".format("r", width=5), "{0:{fill}^{w}}".format("c", fill="-", w=7))
print("{} {}".format(*["star", "args"]), "{a}-{b}".format(**{"a": 1, "b": 2}))
print("{0.real} {0.imag}".format(5), "{[1][0]}".format([0, (7,)]))
fmt = "{:d} items at {:.2f} each = {:,.2f}"
print(fmt.format(1200, 3.5, 1200 * 3.5))
print("{}".format("only one", "extra ignored"))
