# gauss/normalvariate/expovariate/triangular with fixed seed.
import random
random.seed(5)
print(random.gauss(0, 1), random.normalvariate(10, 2))
print(random.expovariate(1.5), random.triangular(0, 10, 3))
rng1 = random.Random(11)
rng2 = random.Random(11)
print([rng1.randint(0, 9) for _ in range(10)] == [rng2.randint(0, 9) for _ in range(10)])
print(random.Random(3).sample(range(50), 4), random.Random(3).random())
