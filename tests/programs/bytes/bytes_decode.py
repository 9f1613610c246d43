# Decoding bytes with various codecs
data = "Grüße, 世界! 😀".encode("utf-8")
print(data)
print(data.decode("utf-8"), len(data), len(data.decode()))
print(data.decode("latin-1")[:10], repr(data.decode("ascii", "replace")))
print(data.decode("ascii", "ignore"), data.decode("ascii", "backslashreplace"))
print(b"caf\xe9".decode("latin-1"), b"caf\xe9".decode("utf-8", "replace"), b"caf\xe9".decode("cp1252"))
u16 = "hi😀".encode("utf-16")
print(u16[:2] in (b"\xff\xfe", b"\xfe\xff"), u16.decode("utf-16"))
print("abc".encode("utf-32-le"), b"a\x00\x00\x00".decode("utf-32-le"))
for bad in (b"\x80", b"\xe4\xb8", b"\xed\xa0\x80", b"\xf8"):
    try:
        bad.decode("utf-8")
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.encoding, e.start, e.end, e.reason)
print(bytes([0xe2, 0x82, 0xac]).decode(), bytearray("ü", "utf-8").decode())
print(b"\\n\\x41".decode("unicode_escape"), "é\n".encode("unicode_escape"))
print("ab".encode("ascii").decode("utf-16-le", "replace"))
