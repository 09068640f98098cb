# Sieve of Eratosthenes, prime factorization, twin primes, Goldbach check.
def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            for multiple in range(p * p, limit + 1, p):
                is_prime[multiple] = False
        p += 1
    return [i for i, flag in enumerate(is_prime) if flag]

primes = sieve(10000)
print(len(primes), primes[:15], primes[-3:])
print(sum(primes), max(b - a for a, b in zip(primes, primes[1:])))

def factorize(n):
    factors = []
    for p in primes:
        if p * p > n:
            break
        while n % p == 0:
            factors.append(p)
            n //= p
    if n > 1:
        factors.append(n)
    return factors

for n in [360, 97, 1001, 2 ** 10 * 3 ** 5, 999983 * 2, 123456789]:
    f = factorize(n)
    print(n, "=", " * ".join(map(str, f)))

twins = [(a, b) for a, b in zip(primes, primes[1:]) if b - a == 2]
print(len(twins), twins[:6], twins[-1])
prime_set = set(primes)
def goldbach(n):
    for p in primes:
        if n - p in prime_set:
            return p, n - p
for n in [4, 28, 100, 1000, 9998]:
    print(n, goldbach(n))
counts = [0] * 10
for p in primes:
    counts[p % 10] += 1
print("last digits:", counts)
