# Missing colon after try
try
    x = 1
except ValueError:
    pass
