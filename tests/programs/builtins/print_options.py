# print with sep, end, file and flush
import sys
print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", sep=" -> ", end=" |END\n")
print()
print("no newline", end="")
print(" continued")
print(1, 2.5, None, True, [1], sep=", ")
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("stderr with sep", 1, 2, sep="|", file=sys.stderr, end="!\n")
print(*range(5))
print(*"abc", sep="\n")
print("x", sep=None, end=None)
print("", end="")
print(end="only end\n")
try:
    print("x", sep=5)
except TypeError as e:
    print(type(e).__name__, e)
print("final", file=None)
