# Bit operations, including negative numbers and bigints
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(-12 & 10, -12 | 10, -12 ^ 10, -12 >> 1, -1 >> 100, -12 << 3)
print(1 << 100, (1 << 100) >> 99, (1 << 100) - 1 & 0xFF)
big = (1 << 200) - 1
print(big & (big >> 100), big ^ (1 << 150) == big - (1 << 150))
print(-(1 << 100) >> 50, ~(1 << 70))
print((-(1 << 100)) & 0xFFFF, (-(1 << 100)) | 5)
print((1 << 64) ^ -1)
print(True & False, True | False, True ^ True, type(True & True).__name__)
print(5 & True, ~True)
try:
    1 << -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1 >> -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    1.0 & 1
except TypeError as e:
    print(type(e).__name__, e)
print(0 >> 1000, 7 >> 1000)
x = 0xF0
x &= 0x3C; print(x)
x |= 0x01; print(x)
x ^= 0xFF; print(x)
x <<= 4; print(x)
x >>= 2; print(x)
