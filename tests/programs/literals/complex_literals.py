# Complex literals and repr
print(1j, 2J, 1 + 2j, -1j, 0j)
print(3.5j, 1e3j, 1_0j)
print(complex(1, 2), complex(), complex(2), complex("3+4j"), complex(" 1-1j "))
print((1 + 2j).real, (1 + 2j).imag, type((1 + 2j).real))
print((1 + 2j).conjugate())
print(repr(complex(0, -0.0)), repr(complex(-0.0, 0)))
print(complex(1.5, -2.5), -(1 + 1j))
print(type(1j))
print(complex(float("inf"), float("nan")))
print(abs(3 + 4j))
print(1j * 1j, (1 + 2j) * (3 - 4j), (1 + 2j) / (3 - 4j))
print((1 + 1j) ** 2, 2 ** 1j == 2 ** 1j)
print(1j == 1j, 1 + 0j == 1, (2 + 0j) == 2.0)
try:
    (1j) < (2j)
except TypeError as e:
    print(type(e).__name__, e)
