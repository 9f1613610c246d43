# Bit operations on big integers
x = (1 << 128) | (1 << 64) | 1
print(x, bin(x).count("1"), x.bit_length())
print(hex(x), oct(1 << 70), bin(1 << 65))
print(x >> 64, x & ((1 << 64) - 1), x ^ (1 << 128))
print(~x, ~x & 0xFFFF, -x & ((1 << 130) - 1))
print((-x) >> 10, (-x) >> 200, (-1 << 100) >> 99)
print((1 << 1000) >> 998, len(bin(1 << 1000)))
n = -(2 ** 100) + 12345
print(n & 0xFFFFFFFF, n | 0xF, n ^ -1, n >> 3)
print(hex(-x), bin(-5), oct(-8))
print((2**100).to_bytes(13, "big").hex())
print(int.from_bytes(bytes(range(1, 20)), "little"))
print(int.from_bytes(b"\x80" + bytes(15), "big", signed=True))
try:
    (2**100).to_bytes(4, "big")
except OverflowError as e:
    print(type(e).__name__, e)
