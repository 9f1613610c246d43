"""The smallest module: a docstring, a constant, a call."""
GREETING = "hello, pyc"
print(GREETING, __doc__ is not None)
