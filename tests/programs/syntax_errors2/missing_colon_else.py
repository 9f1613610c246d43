# Missing colon after else
x = 1
if x:
    pass
else
    pass
