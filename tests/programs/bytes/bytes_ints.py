# bytes <-> int conversions and struct-free packing
n = 0x12345678
print(n.to_bytes(4, "big"), n.to_bytes(4, "little"), n.to_bytes(8, "big"))
print(int.from_bytes(b"\x12\x34", "big"), int.from_bytes(b"\x12\x34", "little"), int.from_bytes(b"", "big"))
print((-2).to_bytes(1, "big", signed=True), int.from_bytes(b"\xfe", "big", signed=True), int.from_bytes(b"\xfe", "big"))
print((0).to_bytes(0, "big"), (255).to_bytes(1, "little"), (65535).to_bytes(2, byteorder="big"))
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
try:
    (-1).to_bytes(1, "big")
except OverflowError as e:
    print(type(e).__name__, e)
def checksum(data):
    s = 0
    for byte in data:
        s = (s * 31 + byte) & 0xFFFFFFFF
    return s
print(checksum(b"hello world"), checksum(bytes(range(256))))
print(bytes(x ^ 0x5A for x in b"secret"), bytes(x ^ 0x5A for x in bytes(x ^ 0x5A for x in b"secret")))
print(sum(b"abc"), max(b"abc"), sorted(b"cab"), bytes(sorted(b"cab")))
