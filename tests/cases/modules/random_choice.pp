# choice, shuffle, sample, uniform, choices with a fixed seed.
import random
random.seed(99)
print([random.choice("abcdef") for _ in range(10)])
print(random.choice([10, 20, 30]), random.choice(range(1000)))
deck = list(range(10))
random.shuffle(deck)
print(deck)
words = ["ant", "bee", "cat", "dog", "eel"]
random.shuffle(words)
print(words)
print(random.sample(range(100), 5), random.sample("abcdefgh", 3), random.sample([1, 2, 3], 3))
print([random.uniform(1, 2) for _ in range(3)], random.uniform(5, -5))
print(random.choices("xyz", k=6), random.choices([1, 2, 3], weights=[10, 1, 1], k=5))
try:
    random.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    random.sample([1, 2], 3)
except ValueError as e:
    print("ValueError:", e)
