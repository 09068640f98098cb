# Object method calls: classes with __init__, methods, attributes, a property,
# inheritance with super(), and many instances.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vec(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)


class Particle:
    def __init__(self, ident, pos, vel):
        self.ident = ident
        self.pos = pos
        self.vel = vel
        self.hits = 0

    def step(self, size):
        p = self.pos.add(self.vel)
        if p.x < 0 or p.x >= size:
            self.vel = Vec(-self.vel.x, self.vel.y)
            self.hits += 1
            p = self.pos.add(self.vel)
        if p.y < 0 or p.y >= size:
            self.vel = Vec(self.vel.x, -self.vel.y)
            self.hits += 1
            p = self.pos.add(self.vel)
        self.pos = p

    def energy(self):
        return self.vel.dot(self.vel)


class HeavyParticle(Particle):
    def __init__(self, ident, pos, vel, mass):
        super().__init__(ident, pos, vel)
        self.mass = mass

    def energy(self):
        return self.mass * super().energy()


class Counter:
    def __init__(self):
        self._n = 0

    @property
    def n(self):
        return self._n

    def incr(self, k=1):
        self._n += k
        return self


def main():
    size = 1000
    ps = []
    for i in range(400):
        pos = Vec((i * 37) % size, (i * 91) % size)
        vel = Vec((i % 13) - 6 or 1, (i % 11) - 5 or 2)
        if i % 4 == 0:
            ps.append(HeavyParticle(i, pos, vel, 1 + i % 5))
        else:
            ps.append(Particle(i, pos, vel))
    c = Counter()
    for t in range(1200):
        for p in ps:
            p.step(size)
            c.incr(p.pos.norm1 % 3)
    e = 0
    hits = 0
    pos_sum = Vec(0, 0)
    for p in ps:
        e += p.energy()
        hits += p.hits
        pos_sum = pos_sum.add(p.pos.scale(p.ident % 3))
    print("energy", e)
    print("hits", hits)
    print("counter", c.n)
    print("pos", pos_sum.x, pos_sum.y, pos_sum.norm1)


main()
