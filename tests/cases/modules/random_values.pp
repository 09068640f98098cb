# Seeded values from every random function; must match CPython 3.11 exactly.
import random

random.seed(42)
print([random.random() for _ in range(5)])

random.seed(2**100 + 7)
print(random.random(), random.random())

random.seed(-5)
a = random.random()
random.seed(5)
print(a == random.random(), a)

random.seed(0)
print([random.getrandbits(k) for k in [0, 1, 7, 31, 32, 33, 64, 65, 100, 200]])

random.seed(1)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(-50, 50, 7) for _ in range(10)])
print([random.randrange(100, -100, -3) for _ in range(10)])
print(random.randrange(10**30), random.randrange(-(2**70), 2**70))

random.seed(2)
print([random.choice("abcdefghij") for _ in range(10)])
print(random.choice([10, 20, 30]), random.choice((1.5, 2.5)))
for n in [0, 1, 2, 5, 10, 30]:
    x = list(range(n))
    random.shuffle(x)
    print(x)

random.seed(3)
print(random.sample(range(10), 10))
print(random.sample(range(100), 5))
print(random.sample(range(30), 25))
print(random.sample(range(10000), 12))
print(random.sample(["red", "green", "blue"], 2, counts=[3, 1, 2]))

random.seed(4)
print(random.uniform(1, 10), random.uniform(-2.5, 2.5))
print(random.triangular(), random.triangular(0, 10, 8))
print([random.gauss() for _ in range(3)])
print(random.gauss(100, 15))
print(random.normalvariate(0, 1), random.lognormvariate(0, 0.5))
print(random.expovariate(2.0))
print(random.vonmisesvariate(1.0, 2.0))
print(random.gammavariate(0.5, 1.0), random.gammavariate(1.0, 2.0),
      random.gammavariate(3.0, 1.5))
print(random.betavariate(2.0, 5.0))
print(random.paretovariate(3.0), random.weibullvariate(1.0, 1.5))

random.seed(5)
print(random.choices("abc", k=10))
print(random.choices(["x", "y", "z"], [10, 1, 1], k=10))
print(random.choices(["x", "y", "z"], cum_weights=[1, 2, 30], k=10))
print(random.randbytes(8))

random.seed("hello")
print(random.random())
random.seed(b"bytes seed")
print(random.randint(0, 1000))
random.seed(3.25)
print(random.random())

random.seed(6)
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])

r = random.Random(7)
print(r.random(), r.randint(1, 100))

try:
    random.randrange(5, 5)
except ValueError as e:
    print("ValueError:", e)
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
