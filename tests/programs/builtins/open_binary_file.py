# open() for binary files
import os
name = "_tmp_open_binary_file.bin"
data = bytes(range(256)) + b"\r\n\x00end"
with open(name, "wb") as f:
    print(f.write(data), f.mode)
with open(name, "rb") as f:
    back = f.read()
print(back == data, len(back), type(back).__name__)
with open(name, "rb") as f:
    print(f.read(4), f.tell(), f.seek(250), f.read(6), f.seek(-3, 2), f.read())
    f.seek(0)
    print(f.read(1), f.seek(10, 1), f.tell())
with open(name, "ab") as f:
    f.write(bytearray(b"+more"))
with open(name, "rb") as f:
    print(f.read()[-8:])
with open(name, "wb") as f:
    f.write("line1\nline2\r\nline3".encode())
with open(name, "rb") as f:
    print(f.readlines())
with open(name, "r", newline="") as f:
    print(repr(f.read()))
with open(name, "r") as f:
    print(repr(f.read()))
try:
    with open(name, "wb") as f:
        f.write("text")
except TypeError as e:
    print(type(e).__name__, e)
try:
    open(name, "rb", encoding="utf-8")
except ValueError as e:
    print(type(e).__name__, e)
os.remove(name)
print(os.path.exists(name))
