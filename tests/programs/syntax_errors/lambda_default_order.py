# Lambda with a default before non-default
f = lambda a=1, b: a
