# vectors: a small 3-D vector class used for a particle simulation.
# Stresses: method calls, attribute loads/stores, operator overloading via
# dunder methods (__add__, __sub__, __mul__, __rmul__, __neg__, __eq__,
# __abs__, __getitem__), properties, classmethods, object allocation.
import sys


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    @classmethod
    def zero(cls):
        return cls(0.0, 0.0, 0.0)

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y and self.z == other.z

    def __getitem__(self, i):
        return (self.x, self.y, self.z)[i]

    def dot(self, other):
        return self.x * other.x + self.y * other.y + self.z * other.z

    def cross(self, other):
        return Vec(self.y * other.z - self.z * other.y,
                   self.z * other.x - self.x * other.z,
                   self.x * other.y - self.y * other.x)

    def __abs__(self):
        return self.dot(self) ** 0.5

    @property
    def length_sq(self):
        return self.x * self.x + self.y * self.y + self.z * self.z

    def __repr__(self):
        return "Vec(%.6f, %.6f, %.6f)" % (self.x, self.y, self.z)


class Particle:
    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass

    def kinetic(self):
        return 0.5 * self.mass * self.vel.length_sq

    def step(self, force, dt):
        accel = force * (1.0 / self.mass)
        self.vel = self.vel + accel * dt
        self.pos = self.pos + self.vel * dt


class Spring:
    def __init__(self, a, b, rest, k):
        self.a = a
        self.b = b
        self.rest = rest
        self.k = k

    def force_on_a(self):
        d = self.b.pos - self.a.pos
        dist = abs(d)
        if dist == 0.0:
            return Vec.zero()
        return d * (self.k * (dist - self.rest) / dist)


def main():
    steps = int(sys.argv[1]) if len(sys.argv) > 1 else 13000
    n = 12
    particles = []
    for i in range(n):
        pos = Vec(float(i), (i * 7 % 5) * 0.5, (i * 3 % 4) * 0.25)
        vel = Vec(0.0, 0.01 * (i % 3), -0.01 * (i % 2))
        particles.append(Particle(pos, vel, 1.0 + (i % 4) * 0.5))
    springs = []
    for i in range(n):
        springs.append(Spring(particles[i], particles[(i + 1) % n], 1.0, 2.0))
        springs.append(Spring(particles[i], particles[(i + 5) % n], 2.5, 0.5))

    dt = 0.001
    gravity = Vec(0.0, 0.0, -0.1)
    for _ in range(steps):
        forces = [gravity * p.mass for p in particles]
        for s in springs:
            f = s.force_on_a()
            ia = particles.index(s.a)
            ib = particles.index(s.b)
            forces[ia] = forces[ia] + f
            forces[ib] = forces[ib] + -f
        for p, f in zip(particles, forces):
            p.step(f, dt)

    ke = sum(p.kinetic() for p in particles)
    centre = Vec.zero()
    for p in particles:
        centre = centre + p.pos * p.mass
    total_mass = sum(p.mass for p in particles)
    centre = centre * (1.0 / total_mass)
    print("kinetic %.9f" % ke)
    print("centre", centre)
    ang = Vec.zero()
    for p in particles:
        ang = ang + p.pos.cross(p.vel * p.mass)
    print("angular", ang, "%.6f" % abs(ang))
    print("check", Vec(1.0, 2.0, 3.0) == 2 * Vec(0.5, 1.0, 1.5), Vec(1.0, 2.0, 3.0)[2])


main()
