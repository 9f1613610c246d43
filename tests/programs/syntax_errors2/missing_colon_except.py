# Missing colon after except
try:
    x = 1
except ValueError
    pass
