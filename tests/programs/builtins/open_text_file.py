# open() for text files: write, read, append, iterate, modes
import os
name = "_tmp_open_text_file.txt"
with open(name, "w") as f:
    print(f.write("first line\n"), f.writable(), f.readable(), f.closed, f.mode, f.name)
    f.write("second line\n")
    f.writelines(["third\n", "fourth"])
print(f.closed)
with open(name) as f:
    print(repr(f.read()))
with open(name, "r") as f:
    print(repr(f.readline()), repr(f.readline(3)), repr(f.readline()))
    print(f.readlines())
with open(name) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
with open(name, "a") as f:
    f.write("\nappended")
with open(name) as f:
    lines = f.read().splitlines()
print(lines, len(lines))
with open(name, "w", encoding="utf-8") as f:
    f.write("héllo wörld ✓\n")
with open(name, encoding="utf-8") as f:
    text = f.read()
print(text, len(text))
with open(name, "rb") as f:
    print(f.read())
with open(name, "r+", encoding="utf-8") as f:
    print(f.read(5), f.tell())
    f.seek(0)
    f.write("J")
with open(name, encoding="utf-8") as f:
    print(f.read().strip())
f = open(name)
f.close()
try:
    f.read()
except ValueError as e:
    print(type(e).__name__, e)
try:
    open(name, "q")
except ValueError as e:
    print(type(e).__name__, e)
with open(name, "x" if not os.path.exists(name) else "w") as f:
    f.write("x")
try:
    open(name, "x")
except FileExistsError as e:
    print(type(e).__name__, e.strerror)
os.remove(name)
print(os.path.exists(name))
