# partition, rpartition, splitlines
print("key=value=x".partition("="), "key=value=x".rpartition("="))
print("novalue".partition("="), "novalue".rpartition("="))
print("a->b".partition("->"), "".partition("x"))
try:
    "a".partition("")
except ValueError as e:
    print(type(e).__name__, e)
text = "line1\nline2\r\nline3\rline4\x0bline5\x0cline6\x1cline7\u2028line8\n"
print(text.splitlines())
print(text.splitlines(True))
print("".splitlines(), "\n".splitlines(), "a\n\nb".splitlines(), "no newline".splitlines())
print("x\n".split("\n"), "x\n".splitlines())
