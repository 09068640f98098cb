# random.seed(n) then random(): exact Mersenne Twister values of CPython.
import random
random.seed(42)
print([random.random() for _ in range(5)])
random.seed(42)
a = random.random()
random.seed(42)
print(a == random.random())
random.seed(0)
print(random.random(), random.random())
random.seed(12345678901234567890)
print(random.random())
state = random.getstate()
x = [random.random() for _ in range(3)]
random.setstate(state)
print(x == [random.random() for _ in range(3)])
r = random.Random(7)
print(r.random(), r.randint(1, 100))
