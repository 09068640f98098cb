# randint, randrange, getrandbits with a fixed seed.
import random
random.seed(2024)
print([random.randint(1, 6) for _ in range(20)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(0, 100, 5) for _ in range(8)])
print([random.randrange(-10, 10) for _ in range(8)])
print([random.getrandbits(k) for k in (1, 8, 32, 64, 100)])
print(random.randint(10 ** 20, 10 ** 21))
try:
    random.randrange(0)
except ValueError as e:
    print("ValueError:", e)
try:
    random.randint(5, 1)
except ValueError as e:
    print("ValueError:", e)
