import enum
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
from checkutil import show


class Color(Enum):
    RED = 1
    GREEN = 2
    ALIAS = 1

    def describe(self):
        return '%s is %s' % (self.name, self.value)

    @classmethod
    def default(cls):
        return cls.GREEN


class P(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


class IP(IntFlag):
    R = 4
    W = 2
    X = 1


class Num(IntEnum):
    ONE = 1
    TWO = 2


print(list(Color), Color.RED, repr(Color.GREEN), Color(2), Color['RED'], Color.ALIAS is Color.RED)
print(Color.RED.name, Color.RED.value, Color.RED.describe(), Color.default(), len(Color), Color.RED == Color.RED,
      Color.RED == 1, Color.RED != Color.GREEN, isinstance(Color.RED, Color), type(Color.RED))
print(hash(Color.RED) == hash('RED'), {Color.RED: 1}[Color.RED], list(reversed(Color)), Color._member_names_)
print(dict(Color.__members__), list(Color.__members__), Color._value2member_map_)
print(Num.ONE, repr(Num.TWO), Num.ONE + 1, Num(2), Num.ONE == 1, Num.TWO > Num.ONE, '%d|%s|%r' % (Num.ONE, Num.ONE, Num.ONE),
      format(Num.TWO, '03d'), f'{Num.ONE}', int(Num.TWO), sorted([Num.TWO, Num.ONE]), isinstance(Num.ONE, int))
for label, fn in [
        ('bad value', lambda: Color(5)), ('bad name', lambda: Color['X']),
        ('reassign', lambda: setattr(Color, 'RED', 3)), ('delete', lambda: delattr(Color, 'RED')),
        ('int in', lambda: 1 in Color), ('member in', lambda: Color.RED in Color),
        ('P(0)', lambda: P(0)), ('R|W', lambda: P.R | P.W), ('str R|W', lambda: str(P.R | P.W)),
        ('~R', lambda: ~P.R), ('str P0', lambda: str(P(0))), ('iter R|X', lambda: list(P.R | P.X)),
        ('P(8)', lambda: P(8)), ('IP R|W', lambda: IP.R | IP.W), ('IP str', lambda: str(IP.R | IP.W)),
        ('IP(0)', lambda: IP(0)), ('IP(8)', lambda: IP(8)), ('~IP.R', lambda: ~IP.R), ('IP|8', lambda: IP.R | 8),
        ('fmt IP', lambda: format(IP.R)), ('iter IP', lambda: list(IP(7))), ('IP(5).name', lambda: IP(5).name), ('flag in', lambda: P.R in (P.R | P.W)), ('bool P0', lambda: bool(P(0))),
        ('functional', lambda: Enum('Animal', 'ANT BEE')), ('functional list', lambda: list(Enum('Animal', 'ANT BEE'))),
        ('functional pairs', lambda: list(Enum('A', [('x', 5), ('y', 7)]))),
        ('functional dict', lambda: list(Enum('A', {'x': 'a', 'y': 'b'}))),
        ('functional IntEnum', lambda: list(IntEnum('I', 'a b c', start=10))),
        ('member attr', lambda: Color.RED.GREEN), ('cls repr', lambda: (repr(Color), repr(P), repr(Num))),
        ('lt', lambda: Color.RED < Color.GREEN), ('len P', lambda: len(P)), ('list P', lambda: list(P)),
        ('names', lambda: (P.R.name, (P.R | P.W).name, P(0).name, P.RW, P.RW.name)), ('P&', lambda: P.RW & P.W),
        ('P^', lambda: P.RW ^ P.X), ('P|int', lambda: P.R | 1), ('IP ops', lambda: (IP.R & 6, IP.R ^ IP.W, IP.R + 1)),
        ('len flag', lambda: len(P.R | P.X)), ('Num(3)', lambda: Num(3)), ('P.RW in P', lambda: P.RW in P),
        ('dir', lambda: dir(Color.RED)), ('value lookup member', lambda: Color(Color.RED))]:
    show(label, fn)


class S(StrEnum):
    A = auto()
    B = 'bee'


print(repr(S.A), str(S.A), S.A == 'a', format(S.B), S('bee'), S.A.upper(), list(S))
show('StrEnum int', lambda: StrEnum('Bad', [('X', 1)]))


class M(int, Enum):
    A = 1


print(repr(M.A), str(M.A), format(M.A), f'{M.A}', M.A + 1)


def make_unique():
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2


show('unique', make_unique)


def dup():
    class Bad(Enum):
        A = 1
        A = 2


show('dup', dup)


def extend():
    class Ext(Color):
        pass


show('extend', extend)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.67300E-11 * self.mass / (self.radius * self.radius)


print(Planet.EARTH.mass, Planet.EARTH.value, Planet((5.976e+24, 6.37814e6)), round(Planet.EARTH.surface_gravity, 3))


class Auto(Enum):
    A = auto()
    B = auto()
    C = 10
    D = auto()


print(list(Auto), [m.value for m in Auto])


class Custom(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower() + str(count)
    X = auto()
    Y = auto()


print(list(Custom))


class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')


print(Coord.PY.label, Coord.PY.value, Coord(1))


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    @classmethod
    def _missing_(cls, value):
        if value == 99:
            return cls.HAPPY
        return None


print(Mood(99), Mood.FUNKY.__class__.__name__)
show('missing', Mood, 5)
import copy
print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Num.ONE) is Num.ONE)
print(isinstance(Color, enum.EnumMeta), enum.EnumMeta is enum.EnumType, issubclass(IntFlag, Flag), issubclass(IntEnum, int))
for m in Color:
    print(m, m.value, end='; ')
print()
match Color.GREEN:
    case Color.RED:
        print('red')
    case Color.GREEN:
        print('green')


class WithMember(Enum):
    A = 1
    f = enum.member(lambda x: x)
    n = enum.nonmember(5)


print(list(WithMember), WithMember.n)
show('verify', lambda: enum.verify(enum.UNIQUE)(Enum('V', [('a', 1), ('b', 1)])))
